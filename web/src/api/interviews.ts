import {
  FreeSlotList,
  InterpreterList,
  InterpreterView,
  InterviewList,
  InterviewRecordStepResult,
  InterviewRecordView,
  InterviewStepResult,
  InterviewView,
  RemoteConsentView,
  RoomList,
  RoomView,
  type AddendumInput,
  type CancelInterviewInput,
  type ConfirmInterviewRecordInput,
  type OpenInterviewRecordInput,
  type SaveInterviewRecordInput,
  type InterpreterInput,
  type JustifyNoShowInput,
  type RecordNoShowInput,
  type RemoteConsentInput,
  type RescheduleInterviewInput,
  type RoomInput,
  type ScheduleInterviewInput,
  type UpdateInterpreterInput,
  type UpdateRoomInput,
} from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';
const id = encodeURIComponent;

export const listInterpreters = (signal?: AbortSignal) =>
  request(`${v1}/interpreters`, { schema: InterpreterList, signal });

export const createInterpreter = (input: InterpreterInput) =>
  request(`${v1}/interpreters`, { method: 'POST', body: input, schema: InterpreterView });

export const updateInterpreter = (interpreterId: string, input: UpdateInterpreterInput) =>
  request(`${v1}/interpreters/${id(interpreterId)}`, {
    method: 'PATCH',
    body: input,
    schema: InterpreterView,
  });

export const listRooms = (officeId: string | null, signal?: AbortSignal) =>
  request(`${v1}/rooms${officeId ? `?officeId=${id(officeId)}` : ''}`, { schema: RoomList, signal });

export const createRoom = (input: RoomInput) =>
  request(`${v1}/rooms`, { method: 'POST', body: input, schema: RoomView });

export const updateRoom = (roomId: string, input: UpdateRoomInput) =>
  request(`${v1}/rooms/${id(roomId)}`, { method: 'PATCH', body: input, schema: RoomView });

export const listCaseInterviews = (caseId: string, signal?: AbortSignal) =>
  request(`${v1}/cases/${id(caseId)}/interviews`, { schema: InterviewList, signal });

export const scheduleInterview = (caseId: string, input: ScheduleInterviewInput) =>
  request(`${v1}/cases/${id(caseId)}/interviews`, {
    method: 'POST',
    body: input,
    schema: InterviewStepResult,
  });

export const rescheduleInterview = (interviewId: string, input: RescheduleInterviewInput) =>
  request(`${v1}/interviews/${id(interviewId)}/reschedule`, {
    method: 'POST',
    body: input,
    schema: InterviewStepResult,
  });

export const cancelInterview = (interviewId: string, input: CancelInterviewInput) =>
  request(`${v1}/interviews/${id(interviewId)}/cancel`, {
    method: 'POST',
    body: input,
    schema: InterviewView,
  });

export const justifyNoShow = (interviewId: string, input: JustifyNoShowInput) =>
  request(`${v1}/interviews/${id(interviewId)}/no-show/justification`, {
    method: 'POST',
    body: input,
    schema: InterviewStepResult,
  });

export const recordNoShow = (interviewId: string, input: RecordNoShowInput) =>
  request(`${v1}/interviews/${id(interviewId)}/no-show`, {
    method: 'POST',
    body: input,
    schema: InterviewStepResult,
  });

export const recordRemoteConsent = (caseId: string, personId: string, input: RemoteConsentInput) =>
  request(`${v1}/cases/${id(caseId)}/people/${id(personId)}/remote-consents`, {
    method: 'POST',
    body: input,
    schema: RemoteConsentView,
  });

/** The citatorio, opened by the browser (a plain link: the session cookie goes with it). */
export const interviewNoticeUrl = (interviewId: string) => `${v1}/interviews/${id(interviewId)}/notice.pdf`;

/** The confirmed record (acta) as PDF. */
export const interviewRecordPdfUrl = (interviewId: string) =>
  `${v1}/interviews/${id(interviewId)}/record.pdf`;

export const openInterviewRecord = (interviewId: string, input: OpenInterviewRecordInput) =>
  request(`${v1}/interviews/${id(interviewId)}/record`, {
    method: 'POST',
    body: input,
    schema: InterviewRecordView,
  });

export const getInterviewRecord = (recordId: string, signal?: AbortSignal) =>
  request(`${v1}/interview-records/${id(recordId)}`, { schema: InterviewRecordView, signal });

export const saveInterviewRecord = (recordId: string, input: SaveInterviewRecordInput) =>
  request(`${v1}/interview-records/${id(recordId)}`, {
    method: 'PUT',
    body: input,
    schema: InterviewRecordView,
  });

export const confirmInterviewRecord = (recordId: string, input: ConfirmInterviewRecordInput) =>
  request(`${v1}/interview-records/${id(recordId)}/confirm`, {
    method: 'POST',
    body: input,
    schema: InterviewRecordStepResult,
  });

export const addInterviewAddendum = (recordId: string, input: AddendumInput) =>
  request(`${v1}/interview-records/${id(recordId)}/addenda`, {
    method: 'POST',
    body: input,
    schema: InterviewRecordView,
  });

/** What the scheduling form asks the free-slot finder (the query string of `FreeSlotQuery`). */
export interface FreeSlotSearch {
  from: string;
  to: string;
  durationMinutes: number;
  language: string;
  personId: string;
  sameSex: boolean;
  remote: boolean;
  replacing?: string;
}

export const findFreeSlots = (caseId: string, search: FreeSlotSearch, signal?: AbortSignal) => {
  const query = new URLSearchParams({
    from: search.from,
    to: search.to,
    durationMinutes: String(search.durationMinutes),
    language: search.language,
    personId: search.personId,
    sameSex: String(search.sameSex),
    remote: String(search.remote),
    ...(search.replacing ? { replacing: search.replacing } : {}),
  });
  return request(`${v1}/cases/${id(caseId)}/interviews/free-slots?${query.toString()}`, {
    schema: FreeSlotList,
    signal,
  });
};
