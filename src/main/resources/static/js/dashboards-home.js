// The by-town bar chart of the home page; the figures come from the chart element's data attributes (no inline
// script: a content security policy is coming).
(() => {
  const element = document.getElementById('town-chart');
  if (!element || !window.echarts) return;
  const names = (element.dataset.names || '').split(',');
  const counts = (element.dataset.counts || '').split(',').map(Number);
  const chart = echarts.init(element);
  chart.setOption({
    grid: {left: 110, right: 20, top: 10, bottom: 30},
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'value'},
    yAxis: {type: 'category', data: names.slice().reverse(), axisLabel: {interval: 0}},
    series: [{type: 'bar', data: counts.slice().reverse(), itemStyle: {color: '#0b6e6e'}}]
  });
  window.addEventListener('resize', () => chart.resize());
})();
