// Draws the timeline figure and opens a point's source sentence on click.
(function () {
  var holder = document.getElementById("timeline-chart");
  var data = document.getElementById("timeline-figure");
  if (!holder || !data || typeof Plotly === "undefined") { return; }
  var figure = JSON.parse(JSON.parse(data.textContent));
  var embedded = document.body.classList.contains("embed");
  Plotly.newPlot(holder, figure.data, figure.layout, {
    responsive: true, displaylogo: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
    toImageButtonOptions: { filename: "timeline", format: "png", scale: 2 }
  });
  // Keep the chart as wide as its box (a scrollbar appearing, a phone turning).
  if (window.ResizeObserver) {
    new ResizeObserver(function () { Plotly.Plots.resize(holder); }).observe(holder);
  }
  document.querySelectorAll("button.download").forEach(function (button) {
    button.addEventListener("click", function () {
      Plotly.downloadImage(holder, { format: button.dataset.format, filename: "timeline", width: 1200, height: 600 });
    });
  });
  holder.on("plotly_click", function (event) {
    var point = event.points && event.points[0];
    var url = point && point.customdata && point.customdata[0];
    if (!url) { return; }
    if (embedded) { window.open(url, "_blank", "noopener"); } else { window.location.href = url; }
  });
})();
