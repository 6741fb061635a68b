/**
 * Repairs of Payload's own admin markup (@payloadcms/ui 3.90.1) that no
 * configuration, theme variable or component slot reaches. Each names the
 * upstream component and the axe rule it answers; the README's accessibility
 * section lists them so they can go once Payload fixes them. They only add names,
 * labels and roles or take keyboard focus off elements that are hidden from
 * assistive technology; they never change what a control does.
 */
export type RepairLabels = {
  selectRow: string
  selectAllRows: string
  clearValue: string
  clearDate: string
  documentActions: string
  fieldClipboard: string
  rowActions: string
  moveRow: string
  previousPage: string
  nextPage: string
  moreChoices: string
  lockedByOther: string
}

let generatedIds = 0
function idFor(element: Element): string {
  if (!element.id) element.id = `a11y-label-${++generatedIds}`
  return element.id
}

function nameIfMissing(element: Element, name: string): void {
  if (!name) return
  if (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')) return
  if (element.textContent?.trim()) return
  element.setAttribute('aria-label', name)
}

/** The label a field's wrapper shows, for inputs Payload renders without a `for` that reaches them. */
function fieldLabelOf(input: Element): Element | null {
  const field = input.closest('.field-type')
  const label = field?.querySelector(':scope > label, :scope > .field-label, :scope > div > label.field-label')
  return label ?? null
}

const repairs: ((root: ParentNode, labels: RepairLabels) => void)[] = [
  // ReactSelect ClearIndicator / DropdownIndicator (elements/ReactSelect): react-select marks them
  // aria-hidden, Payload makes them focusable (tabIndex 0, <button>) — axe aria-hidden-focus. The
  // keyboard opens the menu with the arrow keys and clears with Backspace in the input itself.
  (root) => {
    for (const el of root.querySelectorAll(
      '.clear-indicator[aria-hidden="true"], .dropdown-indicator[aria-hidden="true"]',
    ))
      if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1')
  },
  // ReactSelect input (fields/Select, fields/Relationship): the field label's `for` names the
  // wrapper, not react-select's <input> — axe label.
  (root) => {
    for (const input of root.querySelectorAll('input[id^="react-select-"]')) {
      if (input.getAttribute('aria-labelledby') || input.getAttribute('aria-label')) continue
      // Outside a field (the dashboard's breadcrumb menu) the value it shows is its name.
      const label =
        fieldLabelOf(input) ?? input.closest('.react-select')?.querySelector('.rs__single-value, .rs__placeholder')
      if (label) input.setAttribute('aria-labelledby', idFor(label))
    }
  },
  // DatePicker (elements/DatePicker): react-datepicker's input has no id the label points at, and
  // the clear button is an icon alone — axe label, button-name.
  (root, labels) => {
    for (const input of root.querySelectorAll('.date-time-picker input')) {
      if (input.getAttribute('aria-labelledby') || input.getAttribute('aria-label')) continue
      const label = fieldLabelOf(input)
      if (label) input.setAttribute('aria-labelledby', idFor(label))
    }
    for (const button of root.querySelectorAll('.date-time-picker__clear-button'))
      nameIfMissing(button, labels.clearDate)
  },
  // SelectAll / SelectRow (elements/SelectAll, elements/SelectRow): the list's selection
  // checkboxes have no label — axe label.
  (root, labels) => {
    for (const input of root.querySelectorAll('.select-all input[type="checkbox"]'))
      nameIfMissing(input, labels.selectAllRows)
    for (const input of root.querySelectorAll('.select-row input[type="checkbox"]')) {
      const row = input.closest('tr')
      const title = row?.querySelector('td a, td:nth-child(2)')?.textContent?.trim() ?? ''
      nameIfMissing(input, labels.selectRow.replace('{{title}}', title).trim())
    }
  },
  // Popup triggers that are an icon alone: DocumentControls' "…" menu, ClipboardAction and
  // ArrayAction (elements/Popup) — axe button-name.
  (root, labels) => {
    for (const button of root.querySelectorAll('.doc-controls__popup .popup-button'))
      nameIfMissing(button, labels.documentActions)
    for (const button of root.querySelectorAll('.clipboard-action__popup .popup-button'))
      nameIfMissing(button, labels.fieldClipboard)
    for (const button of root.querySelectorAll('.array-actions__button, .array-actions .popup-button'))
      nameIfMissing(button, labels.rowActions)
    // Any other icon-only popup trigger, e.g. the publish button's scheduling menu.
    for (const button of root.querySelectorAll('.popup-button, .popup__trigger-wrap > button'))
      nameIfMissing(button, labels.moreChoices)
  },
  // Pagination's ClickableArrow (elements/Pagination): arrows alone — axe button-name.
  (root, labels) => {
    for (const arrow of root.querySelectorAll('.clickable-arrow'))
      nameIfMissing(arrow, arrow.classList.contains('clickable-arrow--right') ? labels.nextPage : labels.previousPage)
  },
  // Lexical's ContentEditable (@payloadcms/richtext-lexical RichText field): role="textbox" with no
  // name — axe aria-input-field-name.
  (root) => {
    for (const editor of root.querySelectorAll('.ContentEditable__root')) {
      if (editor.getAttribute('aria-labelledby') || editor.getAttribute('aria-label')) continue
      const label = fieldLabelOf(editor)
      if (label) editor.setAttribute('aria-labelledby', idFor(label))
    }
  },
  // Collapsible drag handle of array and block rows (elements/Collapsible, DraggableSortable):
  // role="button" with no name — axe aria-command-name.
  (root, labels) => {
    for (const handle of root.querySelectorAll('.collapsible__drag[role="button"]'))
      nameIfMissing(handle, labels.moveRow)
  },
  // ReactSelect MultiValue (elements/ReactSelect/MultiValue): dnd-kit makes each chosen value a
  // role="button" that holds the remove button — axe nested-interactive. A group keeps it
  // focusable and sortable from the keyboard without claiming to be a button itself.
  (root) => {
    for (const chip of root.querySelectorAll('.rs__multi-value[role="button"]')) chip.setAttribute('role', 'group')
  },
  // Locked (@payloadcms/ui elements/Locked), shown in a list row someone else is editing: a
  // role="button" div that does nothing, whose only text is a tooltip shown on hover — axe
  // aria-command-name. It is a picture of a lock with the tooltip's sentence as its name.
  (root, labels) => {
    for (const lock of root.querySelectorAll('.locked[role="button"]')) {
      const said = lock.querySelector('.locked__tooltip')?.textContent?.trim()
      lock.setAttribute('role', 'img')
      lock.setAttribute('aria-label', said || labels.lockedByOther)
    }
  },
  // DocumentTabs (@payloadcms/next elements/DocumentHeader/Tabs): a <ul> whose children are links,
  // not <li> — axe list. The tabs stay links.
  (root) => {
    for (const list of root.querySelectorAll('ul.doc-tabs__tabs:not([role])')) list.setAttribute('role', 'none')
  },
  // DocumentTab with a count pill (tabs/VersionsPill): aria-label "Versions" hides the visible
  // "Versions 3" — axe label-content-name-mismatch. The visible text is the name.
  (root) => {
    for (const tab of root.querySelectorAll('.doc-tab[aria-label], .doc-tabs__tabs a[aria-label]')) {
      const text = tab.textContent?.replace(/\s+/g, ' ').trim()
      if (text && text !== tab.getAttribute('aria-label')) tab.removeAttribute('aria-label')
    }
  },
]

export function repairAdminMarkup(root: ParentNode, labels: RepairLabels): void {
  for (const repair of repairs) repair(root, labels)
}
