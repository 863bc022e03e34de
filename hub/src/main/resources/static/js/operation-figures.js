// Draws an operation's timeline (cases per day or week, its phases as marked areas) and its routes
// (a Sankey diagram from departure through each transit to destination) from the figures endpoint.
(function () {
  var timeline = document.getElementById("operation-timeline");
  var routes = document.getElementById("operation-routes");
  if (!timeline || !routes) {
    return;
  }
  var numbers = new Intl.NumberFormat(document.documentElement.lang || "en");
  var number = function (value) { return typeof value === "number" ? numbers.format(value) : value; };
  // A day as the hub's screens write it in either language, day first: 14/12/2025.
  var day = function (iso) {
    var parts = typeof iso === "string" ? iso.split("-") : [];
    return parts.length === 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : iso;
  };
  // The hub names the route countries as the page's table does, in the page's language.
  var names = {};
  function countryName(code) {
    return names[code] || code;
  }
  function drawTimeline(figures) {
    var t = figures.timeline;
    var days = t.starts;
    var bucketOf = function (date) {
      // The phase's first bucket: the bucket that holds its first day.
      var found = days[0];
      days.forEach(function (d) { if (d <= date) { found = d; } });
      return found;
    };
    var areas = t.phases.filter(function (p) { return p.from && p.to && days.length; }).map(function (p) {
      return [{name: p.name, xAxis: day(bucketOf(p.from))}, {xAxis: day(bucketOf(p.to))}];
    });
    var chart = echarts.init(timeline);
    chart.setOption({
      animation: false,
      tooltip: {trigger: "axis", valueFormatter: number},
      grid: {left: 40, right: 20, top: 30, bottom: 40},
      xAxis: {type: "category", data: days.map(day)},
      yAxis: {type: "value", minInterval: 1, axisLabel: {formatter: number}},
      series: [{
        name: timeline.getAttribute("data-label-cases"), type: "bar", data: t.cases,
        markArea: {itemStyle: {color: "rgba(80, 140, 200, 0.12)"}, label: {position: "insideTop"}, data: areas}
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  function drawRoutes(figures) {
    var stageLabel = function (stage) {
      if (stage.indexOf("transit") === 0) {
        return routes.getAttribute("data-label-transit") + " " + stage.substring("transit-".length);
      }
      return routes.getAttribute("data-label-" + stage);
    };
    var chart = echarts.init(routes);
    chart.setOption({
      animation: false,
      tooltip: {trigger: "item"},
      series: [{
        type: "sankey", left: 20, right: 120, nodeGap: 12, emphasis: {focus: "adjacency"},
        lineStyle: {color: "source", opacity: 0.35},
        data: figures.flows.nodes.map(function (n) {
          return {name: n.name, label: {formatter: countryName(n.country)},
            tooltip: {formatter: stageLabel(n.stage) + ": " + countryName(n.country)}};
        }),
        links: figures.flows.links
      }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  fetch(timeline.getAttribute("data-figures"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
    .then(function (response) { return response.json(); })
    .then(function (figures) {
      names = figures.countryNames || {};
      drawTimeline(figures);
      drawRoutes(figures);
    });
})();
