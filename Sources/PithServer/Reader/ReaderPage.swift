import Foundation
import Hummingbird

/// `GET /`: one self-contained page (inline style and script, no external assets, no build step)
/// where a person pastes a link or a page's HTML and reads the article — title, byline, date,
/// standfirst, body — set for reading on a phone or a desktop.
///
/// Security: the style and script run only by a per-response nonce under a strict
/// Content-Security-Policy (`default-src 'none'`, no inline handlers, `connect-src 'self'`); the
/// article body arrives as the service's clean HTML and is copied element by element through an
/// allowlist into the page (scripts, event handlers and non-http(s) URLs cannot pass), metadata
/// is set as text, never as markup.
enum ReaderPage {
    /// The policy of the page; `NONCE` is replaced per response.
    static let policyTemplate = [
        "default-src 'none'",
        "script-src 'nonce-NONCE'",
        "style-src 'nonce-NONCE'",
        // Article images come from the article's own site.
        "img-src https: http:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// The page with a fresh nonce, and its headers.
    static func response() -> Response {
        let nonce = makeNonce()
        let html = template.replacingOccurrences(of: "{{nonce}}", with: nonce)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentSecurityPolicy: policyTemplate.replacingOccurrences(of: "NONCE", with: nonce),
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// 128 random bits, base64: unguessable per response, as CSP nonces must be.
    private static func makeNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
    }

    /// The page; `{{nonce}}` marks where the nonce goes.
    static let template = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>Pith reader</title>
        <style nonce="{{nonce}}">
        :root { color-scheme: light dark; --fg: #1f1e1c; --bg: #fbfaf6; --muted: #66625b; --accent: #9a4317; --rule: #e2ddd3; --field: #fff; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e9e6df; --bg: #171614; --muted: #a39f96; --accent: #f0a070; --rule: #34312c; --field: #201f1c; } }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 1.125rem/1.65 Charter, "Iowan Old Style", Georgia, "Noto Serif", "DejaVu Serif", serif; }
        main { max-width: 40rem; margin: 0 auto; padding: 1.25rem 1.25rem 4rem; }
        .ui { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; font-size: 0.95rem; }
        .brand { font-weight: 700; letter-spacing: 0.02em; color: var(--accent); margin: 0 0 0.75rem; }
        label { display: block; margin-bottom: 0.35rem; color: var(--muted); }
        textarea { width: 100%; min-height: 5.5rem; padding: 0.6rem; border: 1px solid var(--rule); border-radius: 6px; background: var(--field); color: var(--fg); font: 0.85rem/1.4 ui-monospace, "DejaVu Sans Mono", monospace; resize: vertical; }
        .row { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; flex-wrap: wrap; }
        select, button { font: inherit; padding: 0.45rem 0.8rem; border-radius: 6px; border: 1px solid var(--rule); background: var(--field); color: var(--fg); }
        button { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; cursor: pointer; }
        button:disabled { opacity: 0.6; cursor: progress; }
        #status { min-height: 1.5rem; color: var(--muted); margin: 0.75rem 0 0; }
        #status.error { color: #c0392b; }
        article { margin-top: 1.5rem; border-top: 1px solid var(--rule); padding-top: 1.5rem; overflow-wrap: break-word; }
        article h1 { font-size: clamp(1.7rem, 5vw, 2.4rem); line-height: 1.15; margin: 0 0 0.6rem; }
        .byline { color: var(--muted); margin: 0 0 0.2rem; }
        .standfirst { font-size: 1.2rem; line-height: 1.5; color: var(--muted); margin: 1rem 0 0; }
        #body { margin-top: 1.5rem; }
        #body h2, #body h3, #body h4, #body h5, #body h6 { line-height: 1.25; margin: 2rem 0 0.5rem; }
        #body p { margin: 0 0 1.1rem; }
        #body a { color: var(--accent); }
        #body img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: 4px; }
        #body figure { margin: 1.5rem 0; }
        #body figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; text-align: center; }
        #body blockquote { margin: 1.5rem 0; padding: 0 0 0 1rem; border-left: 3px solid var(--accent); font-style: italic; color: var(--muted); }
        #body pre { overflow-x: auto; padding: 0.8rem; background: var(--field); border: 1px solid var(--rule); border-radius: 6px; font-size: 0.85rem; }
        #body code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        #body table { display: block; overflow-x: auto; border-collapse: collapse; margin: 1.5rem 0; font-size: 0.95rem; }
        #body th, #body td { border: 1px solid var(--rule); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        #body hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
        #body ul, #body ol { padding-left: 1.4rem; margin: 0 0 1.1rem; }
        .source { margin-top: 2.5rem; color: var(--muted); }
        .source a { color: var(--muted); word-break: break-all; }
        </style>
        </head>
        <body>
        <main>
        <form id="form" class="ui">
        <p class="brand">Pith reader</p>
        <label for="input">Paste a link, or a page's HTML</label>
        <textarea id="input" name="input" required spellcheck="false" placeholder="https://… or &lt;html&gt;…"></textarea>
        <div class="row">
        <button id="read" type="submit">Read</button>
        <select id="favor" aria-label="When unsure">
        <option value="balanced">Balanced</option>
        <option value="precision">Less clutter</option>
        <option value="recall">More text</option>
        </select>
        </div>
        </form>
        <p id="status" class="ui" role="status" aria-live="polite"></p>
        <article id="article" hidden>
        <header>
        <h1 id="title"></h1>
        <p id="byline" class="byline ui"></p>
        <p id="standfirst" class="standfirst"></p>
        </header>
        <div id="body"></div>
        <p id="source" class="source ui"></p>
        </article>
        </main>
        <script nonce="{{nonce}}">
        "use strict";
        (() => {
          const $ = (id) => document.getElementById(id);
          // Elements the clean HTML may contain; anything else becomes a plain span, and these are
          // dropped with their content.
          const KEEP = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "P", "UL", "OL", "LI", "BLOCKQUOTE", "PRE", "CODE",
            "TABLE", "CAPTION", "THEAD", "TBODY", "TR", "TH", "TD", "FIGURE", "FIGCAPTION", "IMG", "EM", "STRONG", "A", "BR", "HR"]);
          const DROP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "MATH", "NOSCRIPT", "FORM",
            "INPUT", "BUTTON", "TEXTAREA", "SELECT", "LINK", "META", "BASE", "FRAME", "FRAMESET", "AUDIO", "VIDEO", "SOURCE"]);

          // An absolute http(s) or mailto URL, resolved against the article's address; null otherwise.
          function safeURL(value, base, schemes) {
            if (value === null) return null;
            try {
              const url = base ? new URL(value, base) : new URL(value);
              return schemes.includes(url.protocol) ? url.href : null;
            } catch (error) {
              return null;
            }
          }

          // Copies allowed elements and text from the service's HTML into a fragment of this page;
          // iterative, so deep nesting cannot exhaust the stack.
          function sanitize(html, base) {
            const source = new DOMParser().parseFromString(html, "text/html").body;
            const fragment = document.createDocumentFragment();
            const stack = [[source, fragment]];
            while (stack.length > 0) {
              const [from, to] = stack.pop();
              for (const node of from.childNodes) {
                if (node.nodeType === Node.TEXT_NODE) { to.append(node.data); continue; }
                if (node.nodeType !== Node.ELEMENT_NODE || DROP.has(node.tagName)) continue;
                const tag = KEEP.has(node.tagName) ? node.tagName.toLowerCase() : "span";
                const copy = document.createElement(tag);
                if (tag === "a") {
                  const href = safeURL(node.getAttribute("href"), base, ["http:", "https:", "mailto:"]);
                  if (href) { copy.href = href; copy.rel = "noopener noreferrer nofollow"; }
                } else if (tag === "img") {
                  const src = safeURL(node.getAttribute("src"), base, ["http:", "https:"]);
                  if (!src) continue;
                  copy.src = src;
                  copy.alt = node.getAttribute("alt") || "";
                  copy.loading = "lazy";
                  copy.referrerPolicy = "no-referrer";
                } else if (tag === "code") {
                  const language = node.getAttribute("class");
                  if (language && /^language-[\w+#.-]{1,40}$/.test(language)) copy.className = language;
                }
                to.append(copy);
                stack.push([node, copy]);
              }
            }
            return fragment;
          }

          function formatDate(iso) {
            const date = new Date(iso);
            if (Number.isNaN(date.getTime())) return iso;
            const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
            return date.toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric", timeZone: dayOnly ? "UTC" : undefined });
          }

          function show(article) {
            $("title").textContent = article.title || "Untitled";
            const byline = [];
            if (article.authors && article.authors.length > 0) byline.push("By " + article.authors.join(", "));
            if (article.published) byline.push(formatDate(article.published));
            if (article.siteName) byline.push(article.siteName);
            $("byline").textContent = byline.join(" · ");
            $("byline").hidden = byline.length === 0;
            $("standfirst").textContent = article.description || "";
            $("standfirst").hidden = !article.description;
            $("body").replaceChildren(sanitize(article.html || "", article.url));
            const source = safeURL(article.url, null, ["http:", "https:"]);
            const link = document.createElement("a");
            if (source) { link.href = source; link.textContent = source; link.rel = "noopener noreferrer"; }
            $("source").replaceChildren(...(source ? ["Source: ", link] : []));
            $("article").hidden = false;
          }

          function setStatus(text, isError) {
            $("status").textContent = text;
            $("status").className = isError ? "ui error" : "ui";
          }

          async function read(value) {
            const favor = $("favor").value;
            const isURL = /^https?:\/\/\S+$/i.test(value);
            setStatus(isURL ? "Fetching and reading…" : "Reading…", false);
            $("read").disabled = true;
            try {
              const response = isURL
                ? await fetch("/v1/extract?" + new URLSearchParams({ url: value, favor, includeHTML: "true" }))
                : await fetch("/v1/extract", {
                    method: "POST",
                    headers: { "Content-Type": "application/json" },
                    body: JSON.stringify({ html: value, options: { favor, includeHTML: true } }),
                  });
              const payload = await response.json();
              if (!response.ok) throw new Error(payload.error ? payload.error.message : "HTTP " + response.status);
              show(payload);
              setStatus("", false);
              if (isURL) history.replaceState(null, "", "?url=" + encodeURIComponent(value));
            } catch (error) {
              $("article").hidden = true;
              setStatus(error.message, true);
            } finally {
              $("read").disabled = false;
            }
          }

          $("form").addEventListener("submit", (event) => {
            event.preventDefault();
            const value = $("input").value.trim();
            if (value) read(value);
          });
          const linked = new URLSearchParams(location.search).get("url");
          if (linked) { $("input").value = linked; read(linked); }
        })();
        </script>
        </body>
        </html>
        """#
}
