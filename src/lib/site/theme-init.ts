/**
 * The one inline script of the site, run in <head> before first paint: it
 * applies the theme the trainee chose earlier (localStorage 'klik:theme') so
 * there is no flash of the wrong theme, and marks <html> with `js` so CSS can
 * collapse the narrow-screen menu only when the script that opens it can run.
 *
 * It is inline (not a file) because a file would cost a blocking request on
 * every page. The content security policy allows it by its hash, computed from
 * this very string (see csp.ts), so it must be emitted exactly as written here.
 */
export const THEME_INIT_SCRIPT =
  "(function(){var r=document.documentElement;r.classList.add('js');" +
  "try{var t=localStorage.getItem('klik:theme');if(t==='light'||t==='dark')r.dataset.theme=t;}" +
  'catch(e){/* storage unavailable: follow the system theme */}})();';
