// The resident's week on 萧慧减: intake against the day's allowance (bars) and the weigh-ins (line). Figures come from
// the chart element's data attributes (no inline script: the pages run under a content security policy).
(() => {
  const el = document.getElementById('week-chart');
  if (!el || !window.echarts) return;
  const list = (v) => (v || '').split(',').filter((x) => x !== '');
  const days = list(el.dataset.days);
  const chart = echarts.init(el);
  chart.setOption({
    grid: {left: 40, right: 40, top: 30, bottom: 24},
    tooltip: {trigger: 'axis'},
    legend: {top: 0, textStyle: {fontSize: 11}},
    xAxis: {type: 'category', data: days},
    yAxis: [{type: 'value', name: el.dataset.unitLabel || '', nameTextStyle: {fontSize: 10}}],
    series: [
      {name: el.dataset.intakeLabel, type: 'bar', data: list(el.dataset.intake).map(Number), itemStyle: {color: '#0b6e6e'}},
      {name: el.dataset.targetLabel, type: 'line', data: list(el.dataset.target).map(Number), symbol: 'none',
        lineStyle: {type: 'dashed', color: '#c0392b'}}
    ]
  });
  window.addEventListener('resize', () => chart.resize());
})();
