// Live handling clocks: every element with data-due (ISO instant) shows the time left, or the time overdue.
(function () {
  const zh = (document.documentElement.lang || 'zh').startsWith('zh');
  function fmt(ms) {
    const m = Math.floor(Math.abs(ms) / 60000), h = Math.floor(m / 60), r = m % 60;
    return zh ? (h + ' 小时 ' + r + ' 分') : (h + ' h ' + r + ' min');
  }
  function tick() {
    document.querySelectorAll('[data-due]').forEach((el) => {
      const left = Date.parse(el.dataset.due) - Date.now();
      el.textContent = left >= 0 ? (zh ? '剩余 ' : 'left ') + fmt(left) : (zh ? '超时 ' : 'overdue ') + fmt(left);
      el.classList.toggle('overdue', left < 0);
    });
  }
  tick();
  setInterval(tick, 30000);
})();
