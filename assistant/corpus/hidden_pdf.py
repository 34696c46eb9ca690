"""A PDF page's text that a reader does not see: invisible, white, tiny, squeezed, clipped, covered or off the page.

Red team rounds 6, 9 and 10 hid advice in PDFs in every way the format allows; only what is drawn where a reader can
see it is indexed (index/loaders.read_visible, corpus/hidden.py for Word and web pages).
"""

from __future__ import annotations

import math
from typing import Any

from assistant.corpus.hidden import unreadable

MIN_PDF_POINTS = 1.0  # text drawn under 1 pt high (a 0.001 text matrix, a 0.3 pt font): not meant to be read
MIN_PDF_SCALE = 20.0  # horizontal scaling under 20 % (Tz 1): squeezed to nothing


def _off_layers(page: Any) -> set[Any]:
    """The optional-content groups (layers) that are off when the file opens: their text is not shown."""
    try:
        root = page.pdf.trailer["/Root"]
        off = root["/OCProperties"]["/D"].get("/OFF", [])
        return {getattr(ref, "idnum", ref) for ref in off}
    except (KeyError, AttributeError, TypeError):
        return set()


def _layer_of(page: Any, name: Any) -> Any:
    try:
        ref = page["/Resources"]["/Properties"].raw_get(name)
        return getattr(ref, "idnum", ref)
    except (KeyError, AttributeError, TypeError):
        return None


def _size(size: Any, tm: Any, cm: Any) -> float:
    """The height text is drawn at on the page: the font size through the text and the current matrices."""
    try:
        return float(size) * math.hypot(float(tm[2]), float(tm[3])) * math.hypot(float(cm[2]), float(cm[3]))
    except (TypeError, ValueError, IndexError):
        return MIN_PDF_POINTS


def _rgb255(fill: Any) -> tuple[int, ...]:
    return tuple(int(255 * min(max(float(v), 0.0), 1.0)) for v in fill)


def _media_box(page: Any) -> tuple[float, float, float, float] | None:
    """The page's area: text drawn outside it is never shown (round 10: "2000 3000 Td" on a letter-size page)."""
    try:
        x0, y0, x1, y1 = (float(v) for v in page.cropbox)  # what a viewer shows: the crop box (round 12)
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    except (TypeError, ValueError, AttributeError):
        return None


def _fill_alpha(page: Any, name: Any, current: float) -> float:
    """The fill opacity an ExtGState sets (/ca), else the current one."""
    try:
        state = page["/Resources"]["/ExtGState"][name]
        return float(state.get("/ca", current))
    except (KeyError, TypeError, ValueError, AttributeError):
        return current


def _form_shows_nothing(page: Any, name: Any, cm: Any, box: tuple[float, float, float, float] | None) -> bool:
    """A form XObject whose bounding box is too small to hold a letter, lies off the page where it is painted, or
    whose matrix squeezes it flat, shows none of its text (red team rounds 10 and 11: /BBox [0 0 0 0], [0 0 1 1],
    [5000 5000 5001 5001], painted with Do)."""
    try:
        form = page["/Resources"]["/XObject"][name].get_object()
        if form.get("/Subtype") != "/Form":
            return False
        x0, y0, x1, y1 = (float(v) for v in form["/BBox"])
        m = [float(v) for v in list(form.get("/Matrix", [1, 0, 0, 1, 0, 0]))[:6]]
        ctm = [float(v) for v in cm][:6]
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return False
    if abs(x1 - x0) < MIN_PDF_POINTS * 2 or abs(y1 - y0) < MIN_PDF_POINTS * 2 or abs(m[0] * m[3] - m[1] * m[2]) < 1e-4:
        return True
    if box is None or len(m) < 6 or len(ctm) < 6:
        return False
    corners = [_apply(ctm, _apply(m, (x, y))) for x in (x0, x1) for y in (y0, y1)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return max(xs) < box[0] or min(xs) > box[2] or max(ys) < box[1] or min(ys) > box[3]  # wholly off the page


def _apply(m: list[float], point: tuple[float, float]) -> tuple[float, float]:
    x, y = point
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _origin(tm: Any, cm: Any) -> tuple[float, float]:
    x, y = float(tm[4]), float(tm[5])
    return (cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5])


def pdf_hidden_fragments(page: Any) -> list[str]:
    """The text pieces of a PDF page that a reader does not see: drawn invisibly (render mode 3) or in (near-)white,
    under 1 pt high or squeezed below 20 %, clipped to nothing, in a layer that is off, or covered by a filled
    shape drawn after it (red team rounds 6 and 9: "een arts is niet nodig" in white; text under a white rectangle,
    in a zero-area clip, at a 0.001 text matrix). pypdf reports each operator before it runs; the graphics state is
    followed through q/Q."""
    state: dict[str, Any] = {"tr": 0, "fill": (0.0, 0.0, 0.0), "tz": 100.0, "clip0": False, "alpha": 1.0}
    box = _media_box(page)
    boxes: list[tuple[float, float, float, float, tuple[int, ...]]] = []  # filled shapes so far, with their colour
    saved: list[dict[str, Any]] = []
    layers: list[bool] = []  # per marked-content level: inside a layer that is off
    off, path = _off_layers(page), []
    drawn: list[tuple[str, tuple[float, float]]] = []  # visible so far, with where it starts
    covered: set[int] = set()
    hidden: list[str] = []
    forms: list[bool] = []  # per Do being painted: inside a form that shows nothing

    def before(op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
        try:
            if op == b"q":
                saved.append(dict(state))
            elif op == b"Q" and saved:
                state.update(saved.pop())
            elif op == b"Tr" and args:
                state["tr"] = int(args[0])
            elif op == b"Tz" and args:
                state["tz"] = float(args[0])
            elif op == b"rg" and len(args) >= 3:
                state["fill"] = tuple(float(a) for a in args[:3])
            elif op == b"g" and args:
                state["fill"] = (float(args[0]),) * 3
            elif op in (b"sc", b"scn") and args and all(isinstance(a, (int, float)) for a in args):
                values = [float(a) for a in args]  # round 12: "/DeviceRGB cs 1 1 1 sc" sets white like "1 1 1 rg"
                if len(values) == 1:
                    state["fill"] = (values[0],) * 3
                elif len(values) == 3:
                    state["fill"] = tuple(values)
                elif len(values) == 4:
                    c, m, y, k = values
                    state["fill"] = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
            elif op == b"k" and len(args) >= 4:
                c, m, y, k = (float(a) for a in args[:4])
                state["fill"] = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
            elif op == b"re" and len(args) >= 4:
                path.append(tuple(float(a) for a in args[:4]))
            elif op in (b"W", b"W*") and path:
                state["clip0"] = state["clip0"] or any(abs(w) < 0.5 or abs(h) < 0.5 for _, _, w, h in path)
            elif op == b"gs" and args:
                state["alpha"] = _fill_alpha(page, args[0], state["alpha"])
            elif op in (b"f", b"F", b"f*", b"B", b"B*"):
                for x, y, w, h in (r for r in path if abs(r[2]) >= 2 and abs(r[3]) >= 2):
                    x0, x1, y0, y1 = min(x, x + w), max(x, x + w), min(y, y + h), max(y, y + h)
                    covered.update(i for i, (_, (tx, ty)) in enumerate(drawn) if x0 <= tx <= x1 and y0 <= ty <= y1)
                    boxes.append((x0, x1, y0, y1, _rgb255(state["fill"])))
                path.clear()
            elif op in (b"n", b"S", b"s"):
                path.clear()
            elif op in (b"BDC", b"BMC"):
                layer = op == b"BDC" and len(args) >= 2 and args[0] == "/OC" and _layer_of(page, args[1]) in off
                layers.append(layer or bool(layers and layers[-1]))
            elif op == b"EMC" and layers:
                layers.pop()
            elif op == b"Do" and args:
                forms.append(_form_shows_nothing(page, args[0], cm, box) or bool(forms and forms[-1]))
        except (TypeError, ValueError):
            return

    def after(op: bytes, args: list[Any], cm: Any, tm: Any) -> None:
        if op == b"Do" and forms:
            forms.pop()

    def text(t: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not t.strip():
            return
        fill = _rgb255(state["fill"])
        x, y = _origin(tm, cm)
        ground = next((c for x0, x1, y0, y1, c in reversed(boxes) if x0 <= x <= x1 and y0 <= y <= y1), (255, 255, 255))
        if (
            state["tr"] in (3, 7)  # invisible; 7 only adds the glyphs to the clipping path (round 10)
            or state["alpha"] < 0.1  # an ExtGState with /ca 0
            or unreadable(fill, ground)  # type: ignore[arg-type]  # white on white, blue on its own blue box
            or (box is not None and not (box[0] - 5 <= x <= box[2] + 5 and box[1] - 5 <= y <= box[3] + 5))
            or _size(size, tm, cm) < MIN_PDF_POINTS
            or state["tz"] < MIN_PDF_SCALE
            or state["clip0"]
            or (layers and layers[-1])
            or (forms and forms[-1])
        ):
            hidden.append(t.strip())
        else:
            drawn.append((t.strip(), _origin(tm, cm)))

    page.extract_text(visitor_operand_before=before, visitor_operand_after=after, visitor_text=text)
    return hidden + [t for i, (t, _) in enumerate(drawn) if i in covered]
