import { chromium, type BrowserContext, type Page } from '@playwright/test'
import config from '../../playwright.config'
import { expect } from './support'

/** Helpers for tests that break this device's storage the way a person's phone might. */

/** The circle's map document id, from the address of one of its screens. */
export function docIdOf(page: Page): string {
  const match = /#\/c\/([^/]+)/.exec(page.url())
  if (!match) throw new Error(`not on a circle's screen: ${page.url()}`)
  return match[1]
}

export async function loadExample(page: Page, name: RegExp = /Maria, away/, home = '/'): Promise<string> {
  await page.goto(home)
  await page.getByRole('button', { name }).click()
  await expect(page.getByRole('heading', { name: 'Needs', exact: true })).toBeVisible()
  return docIdOf(page)
}

/** Rows of a document's `updates` store, straight from IndexedDB. */
export async function storedRowCount(page: Page, docId: string): Promise<number> {
  return page.evaluate((name) => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onsuccess = () => {
      const db = open.result
      const count = db.transaction('updates').objectStore('updates').count()
      count.onsuccess = () => {
        db.close()
        resolve(count.result)
      }
      count.onerror = () => reject(count.error)
    }
    open.onerror = () => reject(open.error)
  }), `kith-doc-${docId}`)
}

/**
 * Keeps a document's `updates` store busy with a transaction of the test's own, so that Kith's
 * next write waits behind it (IndexedDB runs read-write transactions on one store one after
 * another): a write still in progress, for as long as the test wants. Resolves with a function
 * that lets it go and resolves once the held transaction is over.
 */
export async function holdWrites(page: Page, docId: string): Promise<() => Promise<void>> {
  await page.evaluate((name) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onsuccess = () => {
      const db = open.result
      const tx = db.transaction('updates', 'readwrite')
      const store = tx.objectStore('updates')
      let held = true
      // A transaction lives while it has requests: one after another, until let go.
      const keepBusy = () => {
        store.count().onsuccess = () => held && keepBusy()
      }
      ;(window as unknown as { kithLetWritesGo: () => Promise<void> }).kithLetWritesGo = () => new Promise<void>((done) => {
        held = false
        tx.oncomplete = () => {
          db.close()
          done()
        }
      })
      keepBusy()
      resolve()
    }
    open.onerror = () => reject(open.error)
  }), `kith-doc-${docId}`)
  return () => page.evaluate(() => (window as unknown as { kithLetWritesGo: () => Promise<void> }).kithLetWritesGo())
}

export async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''))
}

/** Collects uncaught errors and unhandled rejections of a page, from before its first script. */
export async function watchPageErrors(page: Page): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/**
 * A browser with its own profile on disk, like a phone's: closing and launching it again keeps
 * its storage. Chromium applies an emulated quota only to a session that has not written yet,
 * so a test that fills the disk does it at the start of a fresh launch.
 */
export function persistentBrowser(userDataDir: string): Promise<BrowserContext> {
  const { launchOptions, viewport } = config.use!
  return chromium.launchPersistentContext(userDataDir, { ...launchOptions, viewport, baseURL: process.env.KITH_BASE_URL })
}
