/**
 * An error the local SageMaker returns on the wire, in AWS JSON 1.1 form:
 * HTTP status, `{"__type": type, "message": message}` body and the
 * `x-amzn-ErrorType` header. The AWS SDK turns `type` into the error's `name`.
 */
export class LocalServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = type;
  }
}

/** SageMaker's answer for an unknown training job or tag resource. */
export function resourceNotFound(): LocalServiceError {
  return new LocalServiceError("ValidationException", "Requested resource not found.");
}

export function validationError(message: string): LocalServiceError {
  return new LocalServiceError("ValidationException", message);
}

/** AWS JSON 1.1's error for a body that is not JSON or has a member of the wrong JSON type. */
export function serializationError(message: string): LocalServiceError {
  return new LocalServiceError("SerializationException", message);
}

/** SageMaker's error when a call exceeds the operation's request rate. */
export function throttlingError(): LocalServiceError {
  return new LocalServiceError("ThrottlingException", "Rate exceeded");
}
