// Supervision trend chart (moved out of the page for the strict CSP, issue 15): data from the #trend-data island.
(function () {
  const data = rhpData('trend-data');
  const keys = data.keys;
  const series = data.series;
  const counts = data.counts;
  const chart = echarts.init(document.getElementById('trend-chart'));
  chart.setOption({
    tooltip: {trigger: 'axis'},
    legend: {top: 0},
    grid: {left: 50, right: 50, top: 40, bottom: 30},
    xAxis: {type: 'category', data: keys},
    yAxis: [{type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}, {type: 'value', name: data.prescriptions}],
    series: [{name: data.prescriptions, type: 'bar', yAxisIndex: 1, data: counts, itemStyle: {opacity: .35}}]
      .concat(series.map(s => ({name: s.name, type: 'line', data: s.data, connectNulls: false})))
  });
  window.addEventListener('resize', () => chart.resize());
})();
