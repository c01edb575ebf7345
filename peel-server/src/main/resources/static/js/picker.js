// The person picker (templates/person-picker.html): find and pick people in place instead of a round trip per step.
// Without this script every button posts the whole form and the server does the same (web.PersonPicker).
(function () {
  'use strict';
  if (window.peelPersonPicker) {
    return;
  }
  window.peelPersonPicker = true;

  function setUp(box) {
    var field = box.getAttribute('data-field');
    var single = box.getAttribute('data-single') === 'true';
    var ids = box.querySelector('[data-picked-ids]');
    var list = box.querySelector('[data-picked-list]');
    var none = box.querySelector('[data-picked-none]');
    var query = box.querySelector('input[type=search]');
    var results = box.querySelector('[data-picker-results]');
    var template = box.querySelector('template[data-picked-template]');
    var timer = null;
    var pending = null;
    var last = null;

    function picked() {
      return ids.value ? ids.value.split(',').filter(function (id) { return id; }) : [];
    }

    function find(now) {
      var text = query.value.trim();
      if (!now && (text.length < 3 || text === last)) {
        return;
      }
      last = text;
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      results.setAttribute('aria-busy', 'true');
      fetch('/people/picker?field=' + encodeURIComponent(field) + '&q=' + encodeURIComponent(text),
        {signal: pending.signal, headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
        .then(function (response) {
          if (response.status === 502 || response.status === 503 || response.status === 504) {
            throw new TypeError('Peel cannot be reached');
          }
          if (!response.ok || response.redirected) {
            throw new Error('the picker answered ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          document.dispatchEvent(new CustomEvent('peel:session-extended'));
          results.innerHTML = html;
          results.removeAttribute('aria-busy');
        })
        .catch(function (error) {
          if (error.name !== 'AbortError') {
            last = null;
            results.removeAttribute('aria-busy');
            if (error instanceof TypeError) {
              // No connection (or no server): offline capture keeps the form with the name typed, to pick later.
              var note = document.createElement('p');
              note.className = 'picker-none';
              note.setAttribute('data-picker-offline', 'find');
              note.textContent = 'Finding people needs a connection to Peel. Type the person\'s name here and send'
                + ' the form: it is saved on this device, and once Peel is back it comes back for you to pick them.';
              results.replaceChildren(note);
            }
          }
        });
    }

    function pick(id, button) {
      var now = single ? [] : picked().filter(function (kept) { return kept !== id; });
      now.push(id);
      ids.value = now.join(',');
      if (single) {
        list.innerHTML = '';
      } else {
        var old = list.querySelector('button[value="remove:' + field + ':' + id + '"]');
        if (old) {
          old.closest('li').remove();
        }
      }
      var item = template.content.firstElementChild.cloneNode(true);
      var name = button.getAttribute('data-name');
      var link = item.querySelector('a');
      link.textContent = name;
      link.href = '/people/' + id;
      var born = button.closest('li').querySelector('.facts dd');
      item.querySelector('.picked-born').textContent = born ? 'born ' + born.textContent : '';
      var remove = item.querySelector('button');
      remove.value = 'remove:' + field + ':' + id;
      remove.querySelector('.visually-hidden').textContent = ' ' + name;
      list.appendChild(item);
      none.hidden = true;
      query.value = '';
      last = null;
      var note = document.createElement('p');
      note.className = 'picker-none';
      note.textContent = 'Picked ' + name + '.';
      results.replaceChildren(note);
      query.focus();
    }

    function remove(id, item) {
      ids.value = picked().filter(function (kept) { return kept !== id; }).join(',');
      item.remove();
      none.hidden = picked().length > 0;
      query.focus();
    }

    box.addEventListener('click', function (event) {
      var button = event.target.closest('button[name=picker]');
      if (!button || !box.contains(button)) {
        return;
      }
      var step = button.value.split(':');
      if (step[0] === 'find') {
        event.preventDefault();
        find(true);
      } else if (step[0] === 'pick') {
        event.preventDefault();
        pick(step[2], button);
      } else if (step[0] === 'remove') {
        event.preventDefault();
        remove(step[2], button.closest('li'));
      }
      // 'new' posts the form: the server keeps it as a draft while the new person is recorded.
    });
    query.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { find(false); }, 300);
    });
    query.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        clearTimeout(timer);
        find(true);
      }
    });
  }

  // Enter in an ordinary field sends the form, as officers expect, not the first picker's Find button (which the
  // browser would otherwise take as the form's default button, since the pickers come first).
  function sendOnEnter(form) {
    if (form.hasAttribute('data-picker-enter')) {
      return;
    }
    form.setAttribute('data-picker-enter', '');
    form.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.key !== 'Enter' || target.tagName !== 'INPUT' || target.type === 'search'
          || target.closest('[data-person-picker]')) {
        return;
      }
      var submits = Array.prototype.filter.call(form.querySelectorAll('button[type=submit]'), function (button) {
        return !button.closest('[data-person-picker]');
      });
      if (submits.length) {
        event.preventDefault();
        form.requestSubmit(submits[submits.length - 1]);
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-person-picker]'), function (box) {
      setUp(box);
      if (box.form || box.closest('form')) {
        sendOnEnter(box.closest('form'));
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
