// A chronic patient's follow-ups over time (issue 16): blood pressure against the patient's systolic target, or
// fasting glucose; data from the page's JSON block (no inline script under the content security policy).
(() => {
  const el = document.getElementById('fd-trend');
  if (!el || !window.echarts) return;
  const data = rhpData('fd-trend-data');
  const c = data.chart || {};
  const days = c.days || [];
  const hasGlucose = (c.glucose || []).some((v) => v !== null);
  const series = [];
  if (data.hypertension || !hasGlucose) {
    series.push(
      {name: data.systolic, type: 'line', connectNulls: true, data: c.systolic || [], itemStyle: {color: '#0b6e6e'}},
      {name: data.diastolic, type: 'line', connectNulls: true, data: c.diastolic || [], itemStyle: {color: '#2f80c0'}},
      {name: data.targetName, type: 'line', symbol: 'none', data: days.map(() => data.target),
        lineStyle: {type: 'dashed', color: '#c0392b'}});
  } else {
    series.push({name: data.glucose, type: 'line', connectNulls: true, data: c.glucose || [],
      itemStyle: {color: '#0b6e6e'}});
  }
  const chart = echarts.init(el);
  chart.setOption({
    grid: {left: 48, right: 16, top: 56, bottom: 28},
    tooltip: {trigger: 'axis'},
    legend: {top: 0},
    xAxis: {type: 'category', data: days},
    yAxis: {type: 'value', scale: true, name: data.hypertension || !hasGlucose ? data.mmHg : data.mmol},
    series: series
  });
  window.addEventListener('resize', () => chart.resize());
})();
