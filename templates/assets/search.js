/*
 * scholia search: turns the header's "Browse all essays" link into a search box.
 *
 * The index under search/ (written by the build, see SearchIndex.java) is a set of scripts that
 * store JSON in a global, not JSON files to fetch(), because browsers refuse fetch() from file://
 * pages. A query loads only what it needs: the document list, the one word file per query word,
 * and the text files of the results shown. Matching is by word prefix of at least two letters
 * ("intro" finds "introspection"); every word of the query must match. Without JavaScript the
 * link stays.
 */
(function () {
  "use strict";

  var DATA = "scholiaSearchData";
  var MAX_RESULTS = 12;
  var MIN_PREFIX = 2;
  var KIND_LABELS = { essay: "Essay", note: "Editor’s note", term: "Glossary" };
  var WORD = /[\p{L}\p{N}]+/gu;

  function normalize(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return normalize(text).match(WORD) || [];
  }

  /** The word file of a word: Java's String.hashCode of its first two letters, as the build does. */
  function bucketOf(word, buckets) {
    var key = word.slice(0, 2);
    var hash = 0;
    for (var i = 0; i < key.length; i++) {
      hash = (Math.imul(31, hash) + key.charCodeAt(i)) | 0;
    }
    return ((hash % buckets) + buckets) % buckets;
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

  /** Document ids from "3,1,a": base-36 gaps between ascending ids. */
  function decode(postings) {
    var ids = [];
    var id = 0;
    postings.split(",").forEach(function (gap) {
      id += parseInt(gap, 36);
      ids.push(id);
    });
    return ids;
  }

  /** Loads search/NAME.js once; resolves to the JSON it stores. */
  function loader(root) {
    var pending = {};
    return function load(name) {
      var store = (window[DATA] = window[DATA] || {});
      if (store[name]) {
        return Promise.resolve(store[name]);
      }
      if (!pending[name]) {
        pending[name] = new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = root + "search/" + name + ".js";
          script.onload = function () {
            resolve(window[DATA][name]);
          };
          script.onerror = function () {
            delete pending[name];
            reject(new Error("cannot load " + script.src));
          };
          document.head.appendChild(script);
        });
      }
      return pending[name];
    };
  }

  /** Documents matching every query word as a prefix, best first, with their texts loaded. */
  function search(load, query) {
    var prefixes = words(query).filter(function (p) {
      return p.length >= MIN_PREFIX;
    });
    if (prefixes.length === 0) {
      return Promise.resolve({ prefixes: prefixes, hits: [], total: 0 });
    }
    var sortedWords = {};
    return load("index").then(function (index) {
      return Promise.all(
        prefixes.map(function (prefix) {
          var name = "words-" + bucketOf(prefix, index.buckets);
          return load(name).then(function (bucket) {
            var sorted = sortedWords[name] || (sortedWords[name] = Object.keys(bucket).sort());
            var found = new Map();
            for (var i = firstAtLeast(sorted, prefix); i < sorted.length; i++) {
              var word = sorted[i];
              if (word.lastIndexOf(prefix, 0) !== 0) {
                break;
              }
              var weight = word === prefix ? 2 : 1;
              decode(bucket[word]).forEach(function (id) {
                found.set(id, Math.max(found.get(id) || 0, weight));
              });
            }
            return found;
          });
        })
      ).then(function (perWord) {
        var scores = perWord.reduce(function (all, found) {
          var both = new Map();
          all.forEach(function (score, id) {
            if (found.has(id)) {
              both.set(id, score + found.get(id));
            }
          });
          return both;
        });
        var hits = [];
        scores.forEach(function (score, id) {
          var doc = index.docs[id];
          var title = words(doc[1]);
          var inTitle = prefixes.filter(function (p) {
            return title.some(function (w) {
              return w.lastIndexOf(p, 0) === 0;
            });
          }).length;
          hits.push({ id: id, kind: doc[0], title: doc[1], context: doc[2], url: doc[3], score: score + 3 * inTitle + (doc[0] === "term" ? 1 : 0) });
        });
        hits.sort(function (a, b) {
          return b.score - a.score || a.id - b.id;
        });
        var shown = hits.slice(0, MAX_RESULTS);
        return Promise.all(
          shown.map(function (hit) {
            return load("text-" + Math.floor(hit.id / index.chunk)).then(function (texts) {
              hit.text = texts[hit.id % index.chunk];
            });
          })
        ).then(function () {
          return { prefixes: prefixes, hits: shown, total: hits.length };
        });
      });
    });
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

    var load = loader(root);
    var pending = 0;

    function show(query, result) {
      var pattern = matcher(result.prefixes);
      list.replaceChildren();
      result.hits.forEach(function (hit) {
        var item = element("li", "search-hit");
        var link = element("a");
        link.href = root + hit.url;
        link.appendChild(element("span", "search-kind", KIND_LABELS[hit.kind] || hit.kind));
        appendMarked(link, hit.title, pattern);
        item.appendChild(link);
        if (hit.context) {
          item.appendChild(element("span", "search-context", hit.context));
        }
        var text = element("p", "search-snippet");
        appendMarked(text, snippet(hit.text, pattern), pattern);
        item.appendChild(text);
        list.appendChild(item);
      });
      var count = result.total;
      status.textContent =
        result.prefixes.length === 0
          ? "Type at least two letters of a word."
          : count === 0
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
      search(load, query)
        .then(function (result) {
          if (ticket === pending) {
            show(query, result);
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
