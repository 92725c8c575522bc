// A clinician's view of one resident on 萧慧减 (issue 22): weigh-ins against the stage target, and per week the mean
// intake against the energy target and the active minutes against the guideline's 150. Data from the page's JSON
// block (no inline script under the content security policy).
(() => {
  if (!window.echarts) return;
  const data = rhpData('trend-data');
  const c = data.chart || {};
  const weightEl = document.getElementById('trend-weight');
  if (weightEl) {
    const chart = echarts.init(weightEl);
    chart.setOption({
      grid: {left: 48, right: 20, top: 36, bottom: 28},
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: {type: 'category', data: c.days || []},
      yAxis: {type: 'value', name: data.kg, scale: true},
      series: [
        {name: data.weight, type: 'line', data: c.kg || [], itemStyle: {color: '#0b6e6e'}},
        {name: data.target, type: 'line', symbol: 'none', data: (c.days || []).map(() => c.target),
          lineStyle: {type: 'dashed', color: '#c0392b'}}
      ]
    });
    window.addEventListener('resize', () => chart.resize());
  }
  const weeksEl = document.getElementById('trend-weeks');
  if (weeksEl) {
    const labels = (c.weeks || []).map((n) => data.weekNo.replace('{0}', n));
    const chart = echarts.init(weeksEl);
    chart.setOption({
      grid: {left: 52, right: 52, top: 36, bottom: 28},
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: {type: 'category', data: labels},
      yAxis: [{type: 'value', name: data.kcal}, {type: 'value', name: data.min, splitLine: {show: false}}],
      series: [
        {name: data.intake, type: 'bar', data: c.kcal || [], itemStyle: {color: '#0b6e6e'}},
        {name: data.energy, type: 'line', symbol: 'none', data: labels.map(() => c.energy),
          lineStyle: {type: 'dashed', color: '#c0392b'}},
        {name: data.minutes, type: 'line', yAxisIndex: 1, data: c.minutes || [], itemStyle: {color: '#e67e22'}},
        {name: data.guideline, type: 'line', yAxisIndex: 1, symbol: 'none', data: labels.map(() => 150),
          lineStyle: {type: 'dotted', color: '#e67e22'}}
      ]
    });
    window.addEventListener('resize', () => chart.resize());
  }
})();
