"""The bench's targets and its Dutch report."""

from __future__ import annotations

from typing import Any

from assistant.tools.measure import SCALE_PASSAGES

# (key, comparison, limit, unit): the targets on the 2-core machine.
TARGETS: list[tuple[str, str, float, str]] = [
    ("ask_p95_ms", "<=", 300.0, "ms"),
    ("ask_p95_ms_100k", "<=", 500.0, "ms"),
    ("reingest_unchanged_s", "<=", 2.0, "s"),
    ("mrr_ratio_vs_baseline", ">=", 1.15, ""),
]


# -- the whole benchmark ---------------------------------------------------------------------------------------------
def targets(figures: dict[str, Any], scale_passages: int) -> dict[str, dict[str, Any]]:
    """Each target with its value and whether it is met (None: not measured, or measured at another size)."""
    out = {}
    for key, op, limit, unit in TARGETS:
        value = figures.get(key)
        met = None
        if isinstance(value, (int, float)) and not (key.endswith("_100k") and scale_passages != SCALE_PASSAGES):
            met = value <= limit if op == "<=" else value >= limit
        out[key] = {"value": value, "op": op, "limit": limit, "unit": unit, "met": met}
    return out


def _n(value: int) -> str:
    """Thousands the Dutch way: 100.000."""
    return f"{value:,}".replace(",", ".")


def _verdict(target: dict[str, Any]) -> str:
    unit = f" {target['unit']}" if target["unit"] else ""
    limit = f"doel {'≤' if target['op'] == '<=' else '≥'} {target['limit']:g}{unit}"
    met = {True: "gehaald", False: "NIET gehaald", None: "niet beoordeeld"}[target["met"]]
    return f"({limit}: {met})"


def render(result: dict[str, Any]) -> str:
    """The figures for people, in the CLI's Dutch."""
    r, t, ing = result["retrieval"], result["targets"], result["ingest"]
    lat, scale = result["latency"], result["scale"]
    m = result["machine"]
    lines = [
        f"Wegwijs-benchmark: {result['questions']} vragen, {m['cpus']} CPU-kernen "
        f"(belasting {m['load_start']} bij de start, {m['load_end']} aan het eind; boven ~{m['cpus']} zijn de tijden "
        "hoger door ander werk op de machine)",
        "",
        f"Retrieval (passageniveau, eerste {r['depth']} bronnen)  hit@1  hit@3  hit@5    MRR",
    ]
    for label, f in (
        ("Wegwijs (dense + BM25, gewogen RRF)", r["wegwijs"]),
        ("Basis (VectorStoreIndex)", r["baseline"]),
        *((("Basis, exact gezocht", r["baseline_exact"]),) if r.get("baseline_exact") else ()),
    ):
        lines.append(f"  {label:<39}{f['hit@1']:.3f}  {f['hit@3']:.3f}  {f['hit@5']:.3f}  {f['mrr']:.3f}")
    ratio = result["mrr_ratio_vs_baseline"]
    ratio_text = f"{ratio:.3f}" if ratio is not None else "n.v.t. (basis-MRR is 0)"
    lines.append(f"  MRR-verhouding t.o.v. de basis: {ratio_text} {_verdict(t['mrr_ratio_vs_baseline'])}")
    if r.get("mrr_ratio_vs_exact_baseline") is not None:
        lines.append(f"  MRR-verhouding t.o.v. de exact gezochte basis: {r['mrr_ratio_vs_exact_baseline']:.3f}")
    if r["mrr@5_ratio_vs_baseline"] is not None:
        lines.append(
            f"  (alleen de eerste 5 bronnen: MRR@5 {r['wegwijs']['mrr@5']:.3f} tegen "
            f"{r['baseline']['mrr@5']:.3f}, verhouding {r['mrr@5_ratio_vs_baseline']:.3f})"
        )
    lines.append("")
    if ing["ingest_s"] is not None:
        lines.append(
            f"Ingest: {ing['ingest_chunks']} passages ingebed in {ing['ingest_s']:.1f} s = "
            f"{ing['ingest_chunks_per_s']:.1f} passages/s"
        )
    else:
        lines.append("Ingest: bestaande index hergebruikt (--skip-ingest), geen volledige opbouw gemeten")
    unchanged = "" if not ing["reingest_new_build"] else " — LET OP: het corpus was gewijzigd, dit was geen lege run"
    lines.append(
        f"Opnieuw inlezen, ongewijzigd corpus: {ing['reingest_unchanged_s']:.3f} s, {ing['reingest_embedded']} "
        f"opnieuw ingebed {_verdict(t['reingest_unchanged_s'])}{unchanged}"
    )
    lines.append(
        f"Vraagtijd (warm, extractief, {lat['n']} vragen): p50 {lat['p50_ms']:.0f} ms, p95 {lat['p95_ms']:.0f} ms "
        f"{_verdict(t['ask_p95_ms'])}; waarvan ophalen p50 {lat['retrieve_p50_ms']:.0f} ms"
    )
    sl = scale["latency"]
    size = f"{_n(scale['passages'])} passages ({_n(scale['synthetic'])} synthetisch)"
    lines.append(
        f"Op schaal, {size}: p50 {sl['p50_ms']:.0f} ms, "
        f"p95 {sl['p95_ms']:.0f} ms {_verdict(t['ask_p95_ms_100k'])}; ophalen p50 {sl['retrieve_p50_ms']:.0f} ms"
        + (f"; hit@5 {sl['hit@5']:.3f}" if sl["hit@5"] is not None else "")
    )
    built = (
        "uit de cache"
        if scale["cached"]
        else f"opgebouwd in {scale['build_s']:.1f} s (piek-RSS daarbij {scale['build_peak_rss_mb']:.0f} MB)"
    )
    lines.append(f"  Synthetische index {built}. {scale['note']}")
    lines.append("")
    per_phase = ", ".join(f"{p['phase']} {p['peak_rss_mb']:.0f}" for p in result["phases"])
    lines.append(f"Geheugen: piek-RSS {result['peak_rss_mb']:.0f} MB; piek na elke fase (MB): {per_phase}")
    return "\n".join(lines)
