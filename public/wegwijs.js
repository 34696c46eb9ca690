/* Wegwijs: small fixes on top of chainlit's own frontend (chainlit 2.12).
 *
 * - <html lang="nl"> (chainlit leaves "en").
 * - Dutch accessible names for icon buttons chainlit leaves without a name, and Dutch for the few English words
 *   chainlit writes into the page itself instead of taking them from the translation file.
 * - Phone numbers: the server writes them as links to /bel/<digits>, because chainlit's markdown drops tel: links;
 *   here they become tel: links that open in the phone's dialer, not in a new tab.
 * - Sources: chainlit opens the side panel by itself after every answer, with all sources stacked. A citation [n]
 *   opens only its own passage; a panel that opened without such a click is closed again at once.
 *
 * Everything is done again whenever React changes the page (a MutationObserver), and is idempotent.
 */
(function () {
  "use strict";

  var BUTTON_LABELS = [
    ["#new-chat-button", "Nieuw gesprek"],
    ["#chat-settings-open-modal", "Instellingen: gemeente of regio"],
    ["#chat-submit", "Vraag versturen"],
    ["#stop-button", "Stoppen"],
    ["#theme-toggle", "Licht of donker thema"],
    ["#readme-button", "Uitleg over Wegwijs"],
    ["#sidebar-trigger-button", "Zijbalk openen of sluiten"],
    ["#search-chats-button", "Gesprekken zoeken"],
    ["#user-nav-button", "Account"],
    ["#command-button", "Opdrachten"],
    ["#upload-button", "Bestand toevoegen"],
    [".positive-feedback-on, .positive-feedback-off", "Goed antwoord (duim omhoog)"],
    [".negative-feedback-on, .negative-feedback-off", "Geen goed antwoord (duim omlaag)"],
    ["#side-view-title button", "Bron sluiten"]
  ];
  // Icon buttons chainlit gives no id: named by their (lucide) icon.
  var ICON_LABELS = [
    ["svg.lucide-arrow-down", "Naar het nieuwste bericht"],
    ["svg.lucide-copy, svg.lucide-check", "Kopiëren"],
    ["svg.lucide-paperclip", "Bestand toevoegen"],
    ["svg.lucide-settings, svg.lucide-settings-2, svg.lucide-sliders-horizontal", "Instellingen"],
    ["svg.lucide-x", "Sluiten"],
    ["svg.lucide-arrow-left", "Terug"],
    ["svg.lucide-square-pen, svg.lucide-pencil", "Bewerken"],
    ["svg.lucide-thumbs-up", "Goed antwoord (duim omhoog)"],
    ["svg.lucide-thumbs-down", "Geen goed antwoord (duim omlaag)"]
  ];
  var TEXTS = {
    "Toggle theme": "Licht of donker thema",
    "Close": "Sluiten",
    "Raw code": "Code",
    "Copy": "Kopiëren",
    "Copied": "Gekopieerd",
    "Output": "Uitvoer"
  };
  var lastCitationClick = 0;
  var sideAllowed = false;

  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  function hasName(el) {
    if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.getAttribute("title")) return true;
    return (el.textContent || "").trim().length > 0;
  }

  function fixLang() {
    setAttr(document.documentElement, "lang", "nl");
  }

  function fixLabels(root) {
    BUTTON_LABELS.forEach(function (pair) {
      root.querySelectorAll(pair[0]).forEach(function (el) {
        var button = el.closest("button") || el;
        setAttr(button, "aria-label", pair[1]);
      });
    });
    // The paperclip: the button next to chainlit's hidden file input.
    var input = root.querySelector("#upload-button-input");
    if (input) {
      var box = input.parentElement;
      var clip = box && (box.querySelector("button") || (box.parentElement && box.parentElement.querySelector("button")));
      if (clip) setAttr(clip, "aria-label", "Bestand toevoegen");
      setAttr(input, "aria-label", "Bestand kiezen");
    }
    // Any other icon button without a name: say what it does if we know the icon, else at least "Knop".
    root.querySelectorAll("button").forEach(function (button) {
      if (hasName(button)) return;
      for (var i = 0; i < ICON_LABELS.length; i++) {
        if (button.querySelector(ICON_LABELS[i][0])) {
          setAttr(button, "aria-label", ICON_LABELS[i][1]);
          return;
        }
      }
    });
    root.querySelectorAll("span.sr-only, span.text-sm.text-muted-foreground").forEach(function (span) {
      var text = (span.textContent || "").trim();
      if (Object.prototype.hasOwnProperty.call(TEXTS, text)) span.textContent = TEXTS[text];
    });
    // Pictures: the logo says Wegwijs; the profile icon on the first screen is decoration next to the text.
    root.querySelectorAll("img.logo").forEach(function (img) {
      setAttr(img, "alt", "Wegwijs");
    });
    root.querySelectorAll("#welcome-screen img:not(.logo), #chat-profiles img, [role=option] img").forEach(function (img) {
      setAttr(img, "alt", "");
    });
    // The profile picker is a combobox: it needs a name of its own, which starts with what it shows.
    var profiles = root.querySelector("#chat-profiles");
    if (profiles) {
      var shown = (profiles.textContent || "").trim();
      setAttr(profiles, "aria-label", (shown ? shown + " – " : "") + "kies wie je bent (profiel)");
    }
  }

  function fixPhoneLinks(root) {
    root.querySelectorAll('a[href^="/bel/"]').forEach(function (a) {
      var digits = a.getAttribute("href").slice(5).replace(/[^\d+]/g, "");
      setAttr(a, "href", "tel:" + digits);
      a.removeAttribute("target");
      setAttr(a, "aria-label", "Bel " + (a.textContent || digits).trim());
      a.classList.add("wegwijs-tel");
    });
  }

  var lastClose = 0;
  function closeSideView(content) {
    if (Date.now() - lastClose < 300) {
      // Chainlit reopened it right after the last close (a slow machine): look again once the pause is over,
      // or the panel and its overlay stay open until the next change on the page.
      setTimeout(guardSideView, 320);
      return;
    }
    lastClose = Date.now();
    var dialog = content.closest("[role=dialog]");
    var buttons = dialog ? dialog.querySelectorAll("button") : document.querySelectorAll("#side-view-title button");
    var close = null;
    buttons.forEach(function (b) {
      if (!close && (b.closest("#side-view-title") || b.querySelector(".sr-only"))) close = b;
    });
    if (close) {
      close.click();
    } else {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    }
  }

  function guardSideView() {
    var content = document.getElementById("side-view-content");
    if (!content) {
      sideAllowed = false;
      document.documentElement.classList.remove("wegwijs-source-open");
      return;
    }
    if (!sideAllowed && Date.now() - lastCitationClick < 2000) sideAllowed = true;
    // Chainlit's own panel after an answer holds every source; a citation holds one.
    if (!sideAllowed || content.children.length > 1) {
      sideAllowed = false;
      document.documentElement.classList.remove("wegwijs-source-open");
      closeSideView(content);
      return;
    }
    document.documentElement.classList.add("wegwijs-source-open");
  }

  document.addEventListener(
    "click",
    function (event) {
      var target = event.target;
      if (target && target.closest && target.closest("a.element-link")) {
        lastCitationClick = Date.now();
        sideAllowed = false; // a new citation: allow the panel it opens, and only that one
        document.documentElement.classList.add("wegwijs-source-open");
      }
    },
    true
  );

  var scheduled = false;
  function run() {
    scheduled = false;
    fixLang();
    fixLabels(document);
    fixPhoneLinks(document);
    guardSideView();
  }

  var observer = new MutationObserver(function () {
    // Right away for the side panel (before it is painted), the rest once per batch of changes.
    guardSideView();
    if (!scheduled) {
      scheduled = true;
      Promise.resolve().then(run);
    }
  });

  function start() {
    run();
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["lang", "href"]
    });
  }

  fixLang();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
