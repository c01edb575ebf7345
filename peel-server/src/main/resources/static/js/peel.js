// Peel's small amount of JavaScript. Every page works without it; it only makes the common things quicker.
(function () {
  'use strict';

  // Move focus to an error summary (or another panel that needs reading first) when a page opens with one.
  function focusFirstAlert() {
    var target = document.querySelector('[data-autofocus]');
    if (target) {
      target.focus();
    }
  }

  // Search as the officer types: fetch the server-rendered results and swap them in, a moment after typing stops.
  function liveSearch(form) {
    var results = document.getElementById('results');
    var status = document.getElementById('search-status');
    if (!results || !window.fetch || !window.URLSearchParams) {
      return;
    }
    var timer = null;
    var pending = null;
    var lastQuery = null;

    function run() {
      var params = new URLSearchParams(new FormData(form));
      Array.from(params.keys()).forEach(function (key) {
        if (!params.get(key)) {
          params.delete(key);
        }
      });
      var query = params.toString();
      if (query === lastQuery) {
        return;
      }
      var box = form.querySelector('#q');
      if (box && box.value.trim().length > 0 && box.value.trim().length < 3 && !form.querySelector('details[open]')) {
        return;
      }
      lastQuery = query;
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      results.setAttribute('aria-busy', 'true');
      fetch('/search/results?' + query, {signal: pending.signal, headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
        .then(function (response) {
          if (!response.ok || response.redirected) {
            throw new Error('search answered ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          // The server saw the officer: their session runs from now, and so does the warning before it ends.
          document.dispatchEvent(new CustomEvent('peel:session-extended'));
          results.outerHTML = html;
          results = document.getElementById('results');
          var summary = results.querySelector('[data-summary]');
          status.textContent = summary ? summary.getAttribute('data-summary') : '';
          history.replaceState(null, '', query ? '/?' + query : '/');
        })
        .catch(function (error) {
          if (error.name !== 'AbortError') {
            lastQuery = null;
            results.removeAttribute('aria-busy');
          }
        });
    }

    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
  }

  // Print: the disclosure is written to the audit log first, then the browser prints (with the time of printing).
  function printButton(form) {
    form.addEventListener('submit', function (event) {
      // Where the force asks for a reason before a disclosure, the field opens on the first press.
      var reason = form.querySelector('input[name=justification]');
      if (reason && !reason.value.trim()) {
        event.preventDefault();
        reason.parentNode.hidden = false;
        reason.required = true;
        reason.focus();
        return;
      }
      if (!window.fetch) {
        return;
      }
      event.preventDefault();
      fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
        headers: {'X-Requested-With': 'fetch'}})
        .then(function (response) {
          if (!response.ok) {
            throw new Error('the print was not recorded: ' + response.status);
          }
          var when = document.querySelector('[data-printed-at]');
          if (when) {
            when.textContent = new Date().toLocaleString('en-GB', {day: 'numeric', month: 'long', year: 'numeric',
              hour: '2-digit', minute: '2-digit'}).replace(',', ' at');
          }
          window.print();
        })
        .catch(function () {
          form.submit();
        });
    });
  }

  // The form fields an officer has typed into, by name (never passwords, tokens or hidden fields).
  function typedFields(form) {
    return Array.from(form.elements).filter(function (field) {
      return field.name && field.type !== 'password' && field.type !== 'hidden' && field.type !== 'submit'
        && field.type !== 'button';
    });
  }

  // Typed work is kept in this tab while the officer types, so that a session that ends does not lose it; it is
  // put back when the page is opened again after signing in, and forgotten once the form is sent.
  function keepTypedWork() {
    var key = 'peel-draft:' + location.pathname;
    var forms = Array.from(document.querySelectorAll('main form[method="post"]'));
    if (!window.sessionStorage || forms.length === 0) {
      return;
    }
    var saved = sessionStorage.getItem(key);
    if (saved) {
      var values = JSON.parse(saved);
      var restored = false;
      forms.forEach(function (form, index) {
        typedFields(form).forEach(function (field) {
          var value = values[index + ':' + field.name];
          if (value === undefined) {
            return;
          }
          if (field.type === 'checkbox' || field.type === 'radio') {
            field.checked = value === true || value === field.value;
          } else if (!field.value) {
            field.value = value;
          }
          restored = true;
        });
      });
      var notice = document.getElementById('draft-restored');
      if (restored && notice) {
        notice.hidden = false;
      }
    }
    function save() {
      var values = {};
      forms.forEach(function (form, index) {
        typedFields(form).forEach(function (field) {
          if (field.type === 'checkbox') {
            values[index + ':' + field.name] = field.checked;
          } else if (field.type === 'radio') {
            if (field.checked) {
              values[index + ':' + field.name] = field.value;
            }
          } else if (field.value) {
            values[index + ':' + field.name] = field.value;
          }
        });
      });
      sessionStorage.setItem(key, JSON.stringify(values));
    }
    forms.forEach(function (form) {
      form.addEventListener('input', save);
      form.addEventListener('change', save);
      form.addEventListener('submit', function () {
        sessionStorage.removeItem(key);
      });
    });
  }

  // Ten minutes before the signed-in session ends, say so and offer to stay signed in.
  function sessionWarning() {
    var seconds = parseInt(document.body.getAttribute('data-session-seconds'), 10);
    var warning = document.getElementById('session-warning');
    if (!seconds || !warning || seconds <= 0) {
      return;
    }
    var timer = null;
    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(function () {
        warning.hidden = false;
        warning.focus();
      }, Math.max(0, seconds - 600) * 1000);
    }
    warning.querySelector('[data-stay-signed-in]').addEventListener('click', function () {
      fetch('/?stay-signed-in', {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
        .then(function (response) {
          // A page that is not the sign-in page means the session is still there (an auditor's home redirects).
          if (response.ok && response.url.indexOf('/login') < 0) {
            warning.hidden = true;
            schedule();
          }
        });
    });
    // Work done without leaving the page (live search, the person picker) keeps the session alive too.
    document.addEventListener('peel:session-extended', function () {
      if (warning.hidden) {
        schedule();
      }
    });
    schedule();
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusFirstAlert();
    var print = document.querySelector('form[data-print]');
    if (print) {
      printButton(print);
    }
    keepTypedWork();
    sessionWarning();
    var form = document.querySelector('form[data-live-search]');
    if (form) {
      liveSearch(form);
    }
  });
})();
