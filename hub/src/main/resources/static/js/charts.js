// Draws every element with a data-chart attribute: {years: [...], series: [{name, data, color?}]}, as stacked bars.
// Figures are written the officer's way: 7.000 in Vietnamese, 7,000 in English.
(function () {
  var numbers = new Intl.NumberFormat(document.documentElement.lang || "en");
  var number = function (value) { return typeof value === "number" ? numbers.format(value) : value; };
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: "axis", valueFormatter: number},
      // A plain legend wraps onto more lines instead of paging, so every series stays named.
      legend: {bottom: 0, left: "center", width: "95%"},
      grid: {left: 50, right: 20, top: 20, bottom: 110},
      xAxis: {type: "category", data: data.years},
      yAxis: {type: "value", minInterval: 1, axisLabel: {formatter: number}},
      series: data.series.map(function (s) {
        // A series may name its colour (a warning colour for what is overdue); the others take the palette's.
        return {name: s.name, type: "bar", stack: "total", data: s.data, itemStyle: s.color ? {color: s.color} : undefined};
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
