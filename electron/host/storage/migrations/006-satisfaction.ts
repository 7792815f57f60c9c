// The citizen's satisfaction rating at the end of a session (issue 16): the three levels of the national
// service-quality evaluation and, on a low rating, one reason. Anonymous like the rest of the row.
export default `
ALTER TABLE citizen_sessions ADD COLUMN rating TEXT CHECK (rating IN ('very-satisfied', 'satisfied', 'dissatisfied'));
ALTER TABLE citizen_sessions ADD COLUMN rating_reason TEXT
  CHECK (rating_reason IN ('hard-to-find', 'too-many-steps', 'portal-failed', 'kiosk-slow-confusing', 'needed-person'));
`;
