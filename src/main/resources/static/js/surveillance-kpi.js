// Surveillance KPI page: the schematic town map and the daily channel chart (moved out of the page for the strict
// CSP, issue 15). The data travel in data- attributes of the two containers.
(function () {
  // Schematic map: town centres on a blank plane (CRS.Simple, y = latitude, x = longitude scaled by cos(lat)).
  const colours = {red: '#c62828', orange: '#ef6c00', yellow: '#f9a825', blue: '#1565c0', none: '#9e9e9e'};
  const el = document.getElementById('sv-map');
  const towns = JSON.parse(el.dataset.towns);
  const map = L.map(el, {crs: L.CRS.Simple, zoomSnap: 0.25, attributionControl: false});
  const k = Math.cos(30.2 * Math.PI / 180);
  const points = towns.map((t) => [t.lat, t.lng * k]);
  // the view must exist before layers are added (Leaflet defers layers of a map without a view)
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.15)); else map.setView([0, 0], 0);
  towns.forEach((t, i) => {
    const marker = L.circleMarker(points[i], {radius: 11, color: '#333', weight: 1, fillColor: colours[t.grade], fillOpacity: 0.85})
      .addTo(map).bindTooltip(t.name, {permanent: true, direction: 'right', className: 'sv-town'});
    const el = marker.getElement();
    if (el) el.setAttribute('data-town', t.code + ':' + t.grade);
  });
  const chartEl = document.getElementById('sv-chart');
  const data = JSON.parse(chartEl.dataset.chart);
  const chart = echarts.init(chartEl);
  chart.setOption({
    tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: {left: 50, right: 20, top: 60, bottom: 60},
    xAxis: {type: 'category', data: data.days}, yAxis: {type: 'value'}, dataZoom: [{type: 'slider'}],
    series: data.series.map((s) => ({name: s.name, type: 'line', showSymbol: false, data: s.data}))
  });
})();
