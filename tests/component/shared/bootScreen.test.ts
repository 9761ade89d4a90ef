import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { circleDay, forgetPaint, paintKey, screenMarkupKey, storePaint } from '../../../src/sync/firstPaint'
import { storeFirstScreen, storeTodayScreen, takeOverBootScreen } from '../../../src/ui/shared/bootScreen'

/**
 * The first screen's stored markup: what is kept of the app's DOM (ui/shared/bootScreen.ts), how
 * it follows the painted copy (sync/firstPaint.ts), and index.html's own boot script, run here as
 * the browser runs it, accepting exactly what was stored for this copy and nothing in doubt.
 */
const DOC = 'docA0123456789abcdefgh'
const OTHER = 'docB0123456789abcdefgh'
const bootScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))![1]
const runBootScript = () => new Function(bootScript)()
const markup = () => localStorage.getItem(screenMarkupKey(DOC))

function drawScreen() {
  document.body.innerHTML = `<div id="root"><main><h1>My tasks</h1>
    <article class="task-card"><h3>Walk Bruno</h3><button class="button">Done</button><a href="#/h/${DOC}/offer">My offer</a>
    <details class="series-times" open><summary>Each time (3)</summary></details></article>
    <textarea>half a note</textarea><input type="text" value="typed">
    <dialog class="sheet"><p>Crisis lines</p></dialog></main>
    <div class="toast-region" role="status"><div class="toast">Saved</div></div></div>`
}

beforeEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
  location.hash = ''
})

describe('the stored first screen', () => {
  it('keeps the screen’s words, with every control disabled, and no toast, sheet or typed text', () => {
    storePaint(DOC, 'helper', { tasks: ['Walk Bruno'] })
    drawScreen()
    storeFirstScreen(DOC, 'helper')
    const { html, role, format } = JSON.parse(markup()!) as { html: string; role: string; format: number }
    expect({ role, format }).toEqual({ role: 'helper', format: 1 })
    expect(html).toContain('Walk Bruno')
    expect(html).not.toMatch(/Saved|Crisis lines|half a note|typed/)
    expect(html.match(/<button[^>]*>/g)!.every((tag) => tag.includes('disabled'))).toBe(true)
    // As the app draws it at start: a list opened by a tap starts closed.
    expect(html).toContain('Each time (3)')
    expect(html).not.toMatch(/<details[^>]*open/)
  })

  it('is stored only beside a copy of the same role, and leaves whenever the copy changes or goes', () => {
    drawScreen()
    storeFirstScreen(DOC, 'helper')
    expect(markup()).toBeNull() // no copy: nothing to be drawn from
    storePaint(DOC, 'recipient', { daily: {} })
    storeFirstScreen(DOC, 'helper')
    expect(markup()).toBeNull()
    storePaint(DOC, 'helper', { tasks: ['Walk Bruno'] })
    storeFirstScreen(DOC, 'helper')
    storePaint(DOC, 'helper', { tasks: ['Walk Bruno'] }) // the same copy again: the screen still matches
    expect(markup()).not.toBeNull()
    storePaint(DOC, 'helper', { tasks: [] }) // the walk left the document
    expect(markup()).toBeNull()
    storeFirstScreen(DOC, 'helper')
    storePaint(DOC, 'helper', null)
    expect(markup()).toBeNull()
    storePaint(DOC, 'helper', { tasks: [] })
    storeFirstScreen(DOC, 'helper')
    forgetPaint(DOC)
    expect(markup()).toBeNull()
  })
})

describe('index.html’s boot script', () => {
  function storedFor(docId: string) {
    storePaint(docId, 'helper', { tasks: ['Walk Bruno'] })
    drawScreen()
    storeFirstScreen(docId, 'helper')
    document.body.innerHTML = '<div id="root"></div>'
  }
  const boot = () => document.getElementById('kith-boot')

  it('shows the stored screen for the helper’s tasks, inert and busy, and the app takes it over', () => {
    storedFor(DOC)
    location.hash = `#/h/${DOC}/tasks`
    runBootScript()
    expect(boot()?.textContent).toContain('Walk Bruno')
    expect(boot()?.hasAttribute('inert')).toBe(true)
    expect(boot()?.getAttribute('aria-busy')).toBe('true')
    expect(boot()?.nextElementSibling?.id).toBe('root')
    takeOverBootScreen()
    expect(boot()).toBeNull()
  })

  it('counts “today” in the circle’s zone, as the copy holds it, the same way as the app', () => {
    // 11:00 UTC: already the next day on Kiritimati (UTC+14), still the same day in Pago Pago (UTC-11).
    const instant = new Date('2026-12-03T11:00:00Z')
    expect(circleDay({ brief: { timeZone: 'Pacific/Kiritimati' } }, instant)).toBe('2026-12-04')
    expect(circleDay({ circle: { timeZone: 'Pacific/Pago_Pago' } }, instant)).toBe('2026-12-03')
    // Stored for a circle far from this device's zone, and shown by the boot script now.
    storePaint(DOC, 'helper', { brief: { timeZone: 'Pacific/Kiritimati' }, tasks: ['Walk Bruno'] })
    drawScreen()
    storeFirstScreen(DOC, 'helper')
    document.body.innerHTML = '<div id="root"></div>'
    expect(JSON.parse(markup()!).day).toBe(circleDay({ brief: { timeZone: 'Pacific/Kiritimati' } }, new Date()))
    location.hash = `#/h/${DOC}/tasks`
    runBootScript()
    expect(boot()?.textContent).toContain('Walk Bruno')
  })

  it('opens on the screen last used when the start URL has no route', () => {
    storedFor(DOC)
    localStorage.setItem('kith.lastOpened', `h/${DOC}/tasks`)
    runBootScript()
    expect(boot()?.textContent).toContain('Walk Bruno')
  })

  it.each([
    ['another screen', () => { location.hash = `#/h/${DOC}/offer` }, true],
    ['the recipient’s address for the same document', () => { location.hash = `#/r/${DOC}/today` }, false],
    ['another document', () => { location.hash = `#/h/${OTHER}/tasks` }, true],
    ['a changed copy', () => {
      location.hash = `#/h/${DOC}/tasks`
      localStorage.setItem(paintKey(DOC), localStorage.getItem(paintKey(DOC))!.replace('Bruno', 'Brunx'))
    }, false],
    ['no copy', () => {
      location.hash = `#/h/${DOC}/tasks`
      localStorage.removeItem(paintKey(DOC))
    }, false],
    ['damaged markup', () => {
      location.hash = `#/h/${DOC}/tasks`
      localStorage.setItem(screenMarkupKey(DOC), '{"format":1,')
    }, false],
    ['another day', () => {
      location.hash = `#/h/${DOC}/tasks`
      localStorage.setItem(screenMarkupKey(DOC), JSON.stringify({ ...JSON.parse(markup()!), day: 'Mon Jan 01 2001' }))
    }, false],
    ['the day before in the circle’s zone', () => {
      location.hash = `#/h/${DOC}/tasks`
      localStorage.setItem(screenMarkupKey(DOC), JSON.stringify({ ...JSON.parse(markup()!), day: circleDay({}, new Date(Date.now() - 86_400_000)) }))
    }, false],
  ])('shows nothing for %s (and drops markup in doubt)', (_, change, kept) => {
    storedFor(DOC)
    change()
    runBootScript()
    expect(boot()).toBeNull()
    expect(markup() !== null).toBe(kept)
  })

  it('drops anything in the markup that could run', () => {
    storePaint(DOC, 'helper', { tasks: [] })
    const paint = localStorage.getItem(paintKey(DOC))!
    drawScreen()
    storeFirstScreen(DOC, 'helper')
    const planted = JSON.parse(markup()!) as { html: string }
    planted.html += '<img src="x" onerror="window.ran = 1"><a href="javascript:window.ran = 1">x</a><script>window.ran = 1</script>'
    localStorage.setItem(screenMarkupKey(DOC), JSON.stringify(planted))
    expect(localStorage.getItem(paintKey(DOC))).toBe(paint)
    document.body.innerHTML = '<div id="root"></div>'
    location.hash = `#/h/${DOC}/tasks`
    runBootScript()
    expect(boot()).not.toBeNull()
    expect(boot()!.innerHTML).not.toMatch(/onerror|javascript:|<script/)
  })
})

describe('index.html’s boot script for the coordinator’s Today', () => {
  const HOUR = 3_600_000
  const thisDay = () => ({ from: Date.now() - HOUR, until: Date.now() + HOUR })
  function todayStored(day = thisDay()) {
    document.body.innerHTML = `<div id="root"><div class="circle-layout"><main><h1 class="day-title">Today</h1>
      <article class="card occurrence"><span class="card-title">Walk Bruno</span><button class="button small">Done</button></article></main>
      <div class="toast-region" role="status"><div class="toast">Saved</div></div></div></div>`
    storeTodayScreen(DOC, day)
    document.body.innerHTML = '<div id="root"></div>'
  }
  const boot = () => document.getElementById('kith-boot')

  it('shows Today as drawn from the map, inert and busy, for the circle’s day it was drawn on', () => {
    todayStored()
    expect(JSON.parse(markup()!)).toMatchObject({ format: 1, role: 'coordinator' })
    expect(markup()).not.toMatch(/Saved/)
    location.hash = `#/c/${DOC}/today`
    runBootScript()
    expect(boot()?.textContent).toContain('Walk Bruno')
    expect(boot()?.hasAttribute('inert')).toBe(true)
    expect(boot()?.getAttribute('aria-busy')).toBe('true')
    expect(boot()!.querySelectorAll('button:not([disabled])')).toHaveLength(0)
  })

  it('opens on the circle’s Today last used when the start URL has no route', () => {
    todayStored()
    localStorage.setItem('kith.lastOpened', `c/${DOC}/today`)
    runBootScript()
    expect(boot()?.textContent).toContain('Walk Bruno')
  })

  it.each([
    ['the circle’s bare address (it opens on Needs)', () => { location.hash = `#/c/${DOC}` }, true],
    ['another screen of the circle', () => { location.hash = `#/c/${DOC}/assign` }, true],
    ['another circle', () => { location.hash = `#/c/${OTHER}/today` }, true],
    ['a helper’s address for the same id', () => { location.hash = `#/h/${DOC}/tasks` }, false],
    ['the circle’s next day', () => {
      location.hash = `#/c/${DOC}/today`
      todayStored({ from: Date.now() - 25 * HOUR, until: Date.now() - HOUR })
    }, false],
    ['a day not begun (the clock went back)', () => {
      location.hash = `#/c/${DOC}/today`
      todayStored({ from: Date.now() + HOUR, until: Date.now() + 25 * HOUR })
    }, false],
    ['no day', () => {
      location.hash = `#/c/${DOC}/today`
      const { from: _from, until: _until, ...rest } = JSON.parse(markup()!) as Record<string, unknown>
      localStorage.setItem(screenMarkupKey(DOC), JSON.stringify(rest))
    }, false],
    ['another build’s styles', () => {
      location.hash = `#/c/${DOC}/today`
      localStorage.setItem(screenMarkupKey(DOC), JSON.stringify({ ...JSON.parse(markup()!), styles: 'http://127.0.0.1/assets/old.css' }))
    }, false],
  ])('shows nothing for %s (and drops markup in doubt)', (_, change, kept) => {
    todayStored()
    change()
    runBootScript()
    expect(boot()).toBeNull()
    expect(markup() !== null).toBe(kept)
  })

  it('goes with the map’s other local data (forgetPaint, called when its database is deleted)', () => {
    todayStored()
    forgetPaint(DOC)
    expect(markup()).toBeNull()
  })
})
