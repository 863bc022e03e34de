// Draws every element with a data-chart attribute: {years: [...], series: [{name, data, color?}]}, as stacked bars.
(function () {
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: "axis"},
      legend: {type: "scroll", bottom: 0},
      grid: {left: 40, right: 20, top: 20, bottom: 60},
      xAxis: {type: "category", data: data.years},
      yAxis: {type: "value", minInterval: 1},
      series: data.series.map(function (s) {
        // A series may name its colour (a warning colour for what is overdue); the others take the palette's.
        return {name: s.name, type: "bar", stack: "total", data: s.data, itemStyle: s.color ? {color: s.color} : undefined};
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
