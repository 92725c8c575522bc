// Indicator trend chart (moved out of the page for the strict CSP, issue 15): data from the #trend-data island.
(function () {
  const data = rhpData('trend-data');
  const periods = data.periods;
  const series = data.series;
  const chart = echarts.init(document.getElementById('trend-chart'));
  chart.setOption({
    tooltip: {trigger: 'axis', valueFormatter: v => v == null ? '—' : v + '%'},
    legend: {top: 0},
    grid: {left: 40, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: periods},
    yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
    series: series.map(s => ({name: s.name, type: 'line', data: s.data, connectNulls: false}))
  });
  window.addEventListener('resize', () => chart.resize());
})();
