// Draws every element with a data-chart attribute: {years: [...], series: [{name, data, color?}], unit?}, as stacked
// bars; a unit (already in the page's language) names the value axis and follows each figure in the tooltip.
// Figures are written the officer's way: 7.000 in Vietnamese, 7,000 in English.
(function () {
  var numbers = new Intl.NumberFormat(document.documentElement.lang || "en");
  var number = function (value) { return typeof value === "number" ? numbers.format(value) : value; };
  // Under a category axis, ECharts drops the labels that do not fit: partners' names ("Hải quan Trung Quốc")
  // side by side lose most of theirs, so names that would not fit across go down the side, one bar a line.
  // Years stay across: a year left out between two shown is still read.
  var PIXELS_A_LETTER = 7;
  var LONGEST_SHORT_LABEL = 8;
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var categories = data.years || [];
    var anything = data.series.some(function (s) { return s.data.some(function (v) { return v > 0; }); });
    if (categories.length === 0 || !anything) {
      // The page says there are no figures; an empty frame of axes would say nothing more.
      element.hidden = true;
      return;
    }
    var longest = Math.max.apply(null, categories.map(function (c) { return String(c).length; }));
    var sideways = longest > LONGEST_SHORT_LABEL
        && (element.clientWidth || 800) / categories.length < longest * PIXELS_A_LETTER + 10;
    var categoryAxis = {type: "category", data: categories};
    var valueAxis = {type: "value", minInterval: 1, axisLabel: {formatter: number}};
    var figure = number;
    if (data.unit) {
      valueAxis.name = data.unit;
      if (sideways) {
        valueAxis.nameLocation = "middle";
        valueAxis.nameGap = 28;
      }
      figure = function (value) { return number(value) + " " + data.unit; };
    }
    if (sideways) {
      categoryAxis.inverse = true; // the first partner on top, as in the table below the chart
      element.style.height = Math.max(300, categories.length * 28 + 90) + "px";
    }
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {trigger: "axis", valueFormatter: figure},
      // A plain legend wraps onto more lines instead of paging, so every series stays named.
      legend: {bottom: 0, left: "center", width: "95%"},
      // Room for the unit: above the value axis when it stands, under it when it lies.
      grid: sideways ? {left: 10, right: 30, top: 10, bottom: data.unit ? 75 : 50, containLabel: true}
          : {left: 50, right: 20, top: data.unit ? 40 : 20, bottom: 110},
      xAxis: sideways ? valueAxis : categoryAxis,
      yAxis: sideways ? categoryAxis : valueAxis,
      series: data.series.map(function (s) {
        // A series may name its colour (a warning colour for what is overdue); the others take the palette's.
        return {name: s.name, type: "bar", stack: "total", data: s.data, itemStyle: s.color ? {color: s.color} : undefined};
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
