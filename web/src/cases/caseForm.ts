/** What a form that changes the case file is given by the panel that opens it. */
export interface CaseFormProps {
  caseId: string;
  /** The case version on screen; after a conflict the reloaded one, so a retry is not refused again. */
  version: number;
  /** Someone changed the case meanwhile (409): the page reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}
