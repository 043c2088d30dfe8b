/*
 * scholia search: turns the header's "Browse all essays" link into a search box.
 *
 * The index (search-index.js, written by the build) is a script that assigns a global, not JSON
 * to fetch(), because browsers refuse fetch() from file:// pages; it is loaded the first time a
 * reader uses the box, so pages stay light. Matching is by word prefix ("intro" finds
 * "introspection"); every word of the query must match. Without JavaScript the link stays.
 */
(function () {
  "use strict";

  var GLOBAL = "scholiaSearchIndex";
  var MAX_RESULTS = 12;
  var KIND_LABELS = { essay: "Essay", note: "Editor’s note", term: "Glossary" };
  var WORD = /[\p{L}\p{N}]+/gu;

  function normalize(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return normalize(text).match(WORD) || [];
  }

  /** Word → ids of the documents containing it, and the words sorted for prefix lookups. */
  function buildIndex(docs) {
    var postings = new Map();
    docs.forEach(function (doc, id) {
      words(doc.t + " " + doc.x).forEach(function (word) {
        var list = postings.get(word);
        if (!list) {
          postings.set(word, [id]);
        } else if (list[list.length - 1] !== id) {
          list.push(id);
        }
      });
    });
    var sorted = Array.from(postings.keys()).sort();
    return { docs: docs, postings: postings, sorted: sorted };
  }

  function firstAtLeast(sorted, prefix) {
    var low = 0;
    var high = sorted.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (sorted[mid] < prefix) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Documents matching every query word as a prefix, best first. */
  function search(index, query) {
    var prefixes = words(query);
    if (prefixes.length === 0) {
      return { prefixes: prefixes, hits: [] };
    }
    var scores = null;
    prefixes.forEach(function (prefix) {
      var found = new Map();
      for (var i = firstAtLeast(index.sorted, prefix); i < index.sorted.length; i++) {
        var word = index.sorted[i];
        if (word.lastIndexOf(prefix, 0) !== 0) {
          break;
        }
        var weight = word === prefix ? 2 : 1;
        index.postings.get(word).forEach(function (id) {
          found.set(id, Math.max(found.get(id) || 0, weight));
        });
      }
      if (scores === null) {
        scores = found;
      } else {
        var both = new Map();
        scores.forEach(function (score, id) {
          if (found.has(id)) {
            both.set(id, score + found.get(id));
          }
        });
        scores = both;
      }
    });
    var hits = [];
    scores.forEach(function (score, id) {
      var doc = index.docs[id];
      var title = words(doc.t);
      var inTitle = prefixes.filter(function (p) {
        return title.some(function (w) {
          return w.lastIndexOf(p, 0) === 0;
        });
      }).length;
      hits.push({ doc: doc, score: score + 3 * inTitle + (doc.k === "term" ? 1 : 0) });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.doc.t.localeCompare(b.doc.t);
    });
    return { prefixes: prefixes, hits: hits };
  }

  function matcher(prefixes) {
    var escaped = prefixes.map(function (p) {
      return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
    return new RegExp("(?<![\\p{L}\\p{N}])(?:" + escaped.join("|") + ")[\\p{L}\\p{N}]*", "giu");
  }

  /** Appends text to parent with every match wrapped in <mark>, built as nodes (never as HTML). */
  function appendMarked(parent, text, pattern) {
    var at = 0;
    pattern.lastIndex = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(at, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      parent.appendChild(mark);
      at = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /** About 25 words around the first match. */
  function snippet(text, pattern) {
    pattern.lastIndex = 0;
    var match = pattern.exec(text);
    var at = match ? match.index : 0;
    var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 70)) + 1);
    if (at - start > 90) {
      start = at;
    }
    var end = text.indexOf(" ", Math.min(text.length, at + 130));
    end = end < 0 ? text.length : end;
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function loadIndex(root) {
    if (window[GLOBAL]) {
      return Promise.resolve(window[GLOBAL]);
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root + "search-index.js";
      script.onload = function () {
        resolve(window[GLOBAL]);
      };
      script.onerror = function () {
        reject(new Error("cannot load " + script.src));
      };
      document.head.appendChild(script);
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function install(container) {
    var root = container.getAttribute("data-root") || "";
    var form = element("form", "search-form");
    form.setAttribute("role", "search");
    form.setAttribute("action", root + "index.html");
    var label = element("label", "visually-hidden", "Search the archive");
    label.htmlFor = "search-input";
    var input = element("input", "search-input");
    input.type = "search";
    input.id = "search-input";
    input.name = "q";
    input.placeholder = "Search essays, notes, terms";
    input.autocomplete = "off";
    input.setAttribute("aria-controls", "search-results");
    var panel = element("div", "search-results");
    panel.id = "search-results";
    panel.hidden = true;
    var status = element("p", "search-status");
    status.setAttribute("role", "status");
    var list = element("ol", "search-list");
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(panel);
    container.replaceChildren(form);

    var index = null;
    var pending = 0;

    function show(query) {
      var result = search(index, query);
      var pattern = matcher(result.prefixes);
      list.replaceChildren();
      result.hits.slice(0, MAX_RESULTS).forEach(function (hit) {
        var item = element("li", "search-hit");
        var link = element("a");
        link.href = root + hit.doc.u;
        link.appendChild(element("span", "search-kind", KIND_LABELS[hit.doc.k] || hit.doc.k));
        appendMarked(link, hit.doc.t, pattern);
        item.appendChild(link);
        if (hit.doc.c) {
          item.appendChild(element("span", "search-context", hit.doc.c));
        }
        var text = element("p", "search-snippet");
        appendMarked(text, snippet(hit.doc.x, pattern), pattern);
        item.appendChild(text);
        list.appendChild(item);
      });
      var count = result.hits.length;
      status.textContent =
        count === 0
          ? "No matches for “" + query.trim() + "”."
          : count + (count === 1 ? " match" : " matches") + (count > MAX_RESULTS ? ", best " + MAX_RESULTS + " shown." : ".");
      panel.hidden = false;
    }

    function update() {
      var query = input.value;
      if (words(query).length === 0) {
        panel.hidden = true;
        return;
      }
      var ticket = ++pending;
      loadIndex(root)
        .then(function (data) {
          index = index || buildIndex(data.docs);
          if (ticket === pending) {
            show(query);
          }
        })
        .catch(function (error) {
          status.textContent = "Search is unavailable: " + error.message;
          list.replaceChildren();
          panel.hidden = false;
        });
    }

    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        panel.hidden = true;
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first && !panel.hidden) {
        first.click();
      } else {
        update();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        panel.hidden = true;
      }
    });

    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) {
      input.value = initial;
      update();
    }
  }

  function start() {
    document.querySelectorAll(".search[data-root]").forEach(install);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
