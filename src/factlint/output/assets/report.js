"use strict";
// factlint's HTML report. Hover, focus and the status filters work in CSS alone; this script opens a
// figure's details away from the window's edge, closes them with Escape, and keeps the filter counts.
(function () {
  function place(fig) {
    var box = fig.getBoundingClientRect();
    fig.classList.toggle("tip-up", box.bottom > window.innerHeight * 0.6);
    fig.classList.toggle("tip-left", box.left > window.innerWidth * 0.5);
  }
  function onFigure(event) {
    var fig = event.target.closest && event.target.closest(".fig");
    if (fig) place(fig);
  }
  document.addEventListener("mouseover", onFigure);
  document.addEventListener("focusin", onFigure);
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    if (event.key === "Escape" && active && active.classList.contains("fig")) active.blur();
  });
  // How many findings the filters leave shown, for the page's own status line.
  var shown = document.getElementById("shown");
  function count() {
    var rows = document.querySelectorAll(".findings tbody tr");
    var n = 0;
    for (var i = 0; i < rows.length; i++) if (rows[i].offsetParent !== null) n++;
    shown.textContent = n + " of " + rows.length + " shown";
  }
  if (shown) {
    document.addEventListener("change", count);
    count();
  }
})();
