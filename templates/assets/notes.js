// Footnote popups. Hovering or focusing a note marker shows its note next to it; moving away,
// blurring or pressing Escape closes it. Without this script the notes are still on the page,
// beside or under their paragraph, and each marker links to its note.
(function () {
  'use strict';
  var popup = null;
  var owner = null;

  function markerOf(node) {
    return node && node.closest ? node.closest('a[role="doc-noteref"]') : null;
  }

  function close() {
    if (popup) {
      popup.remove();
      popup = null;
    }
    if (owner) {
      var note = document.getElementById(owner.getAttribute('aria-describedby'));
      if (note) note.classList.remove('is-active');
      owner = null;
    }
  }

  function open(marker) {
    if (marker === owner) return;
    close();
    var note = document.getElementById(marker.getAttribute('aria-describedby'));
    if (!note) return;
    popup = document.createElement('div');
    popup.className = 'note-popup';
    popup.setAttribute('role', 'tooltip');
    var copy = note.cloneNode(true);
    copy.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
    copy.querySelectorAll('.note-back').forEach(function (el) { el.remove(); });
    while (copy.firstChild) popup.appendChild(copy.firstChild);
    document.body.appendChild(popup);
    var box = marker.getBoundingClientRect();
    var width = popup.offsetWidth;
    var left = Math.min(box.left + window.scrollX - 16, document.documentElement.clientWidth + window.scrollX - width - 8);
    popup.style.left = Math.max(window.scrollX + 8, left) + 'px';
    popup.style.top = box.bottom + window.scrollY + 6 + 'px';
    note.classList.add('is-active');
    owner = marker;
  }

  document.addEventListener('mouseover', function (event) {
    var marker = markerOf(event.target);
    if (marker) open(marker);
  });
  document.addEventListener('mouseout', function (event) {
    if (!owner) return;
    var to = event.relatedTarget;
    var leavingMarker = markerOf(event.target) === owner;
    var leavingPopup = popup && popup.contains(event.target);
    if ((leavingMarker || leavingPopup) && !(to && (to === owner || (popup && popup.contains(to))))) close();
  });
  document.addEventListener('focusin', function (event) {
    var marker = markerOf(event.target);
    if (marker) open(marker);
  });
  document.addEventListener('focusout', function (event) {
    if (markerOf(event.target) === owner) close();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && popup) close();
  });
})();
