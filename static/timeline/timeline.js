// Draws the timeline figure and opens a point's source sentence on click.
(function () {
  var holder = document.getElementById("timeline-chart");
  var data = document.getElementById("timeline-figure");
  if (!holder || !data || typeof Plotly === "undefined") { return; }
  var figure = JSON.parse(JSON.parse(data.textContent));
  var embedded = document.body.classList.contains("embed");
  Plotly.newPlot(holder, figure.data, figure.layout, { responsive: true, displaylogo: false });
  holder.on("plotly_click", function (event) {
    var point = event.points && event.points[0];
    var url = point && point.customdata && point.customdata[0];
    if (!url) { return; }
    if (embedded) { window.open(url, "_blank", "noopener"); } else { window.location.href = url; }
  });
})();
