// Light or dark, as the device is set (prefers-color-scheme), through Bootstrap 5.3's colour modes. A classic script
// in <head> (not a module): it runs before the first paint, so a dark device never flashes a white page. Printing
// is always light: a ticket is black on white.
(() => {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    document.documentElement.dataset.bsTheme = dark.matches ? 'dark' : 'light';
  };
  apply();
  dark.addEventListener('change', apply);
  window.addEventListener('beforeprint', () => {
    document.documentElement.dataset.bsTheme = 'light';
  });
  window.addEventListener('afterprint', apply);
})();
