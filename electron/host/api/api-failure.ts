/** Thrown by a call handler to return a typed error to the face (the code is turned into words there). */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly issues?: string[],
  ) {
    super(code);
    this.name = 'ApiFailure';
  }
}
