// Detection page chart (moved out of the page for the strict CSP, issue 15): labels from the #detect-labels data
// island, series from the chart container's data-chart attribute.
(function () {
  const labels = rhpData('detect-labels');
  // the data travels in an attribute: entities there are decoded by the browser, unlike inside a <script>
  const data = JSON.parse(document.getElementById('detect-chart').dataset.chart);
  const colours = ['#c62828', '#1565c0'];
  const series = [{name: labels.observed, type: 'bar', data: data.observed, itemStyle: {color: '#9fb3bf'}}];
  data.detectors.forEach((d, i) => {
    const colour = colours[i % colours.length];
    series.push({name: d.name + ' ' + labels.expected, type: 'line', data: d.expected, showSymbol: false,
      connectNulls: false, lineStyle: {color: colour, width: 1.5}, itemStyle: {color: colour}});
    series.push({name: d.name + ' ' + labels.upper, type: 'line', data: d.upper, showSymbol: false,
      connectNulls: false, lineStyle: {color: colour, type: 'dashed', width: 1.5}, itemStyle: {color: colour}});
    series.push({name: d.name + ' ' + labels.alarm, type: 'scatter', data: d.alarms, symbol: 'triangle',
      symbolSize: 12, itemStyle: {color: colour}});
  });
  const chart = echarts.init(document.getElementById('detect-chart'));
  chart.setOption({
    grid: {left: 50, right: 20, top: 50, bottom: 60},
    tooltip: {trigger: 'axis'},
    legend: {type: 'scroll', top: 0},
    dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 10}],
    xAxis: {type: 'category', data: data.x},
    yAxis: {type: 'value', minInterval: 1},
    series: series
  });
  window.addEventListener('resize', () => chart.resize());
})();
