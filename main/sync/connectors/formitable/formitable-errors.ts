import {
  AuthenticationError,
  NotFoundError,
  SlotUnavailableError,
  UnexpectedResponseError,
  ValidationError,
} from '../../http/platform-errors';
import type { ErrorClassifier } from '../../http/platform-http';
import { FormitableProblem } from './formitable-wire';

/**
 * Formitable's error bodies are not documented; the API is ASP.NET, so 4xx answers are read as
 * ProblemDetails when they are, and by status otherwise.
 */
export const classifyFormitableError: ErrorClassifier = (failure, context) => {
  const parsed = FormitableProblem.safeParse(failure.json);
  const problem = parsed.success ? parsed.data : undefined;
  const fieldMessages = Object.entries(problem?.errors ?? {}).flatMap(([field, messages]) =>
    messages.map((m) => `${field === '$' ? 'body' : field}: ${m}`),
  );
  switch (failure.status) {
    case 400: {
      const reason =
        fieldMessages.length > 0
          ? fieldMessages.slice(0, 3).join('; ')
          : (problem?.detail ?? problem?.title ?? 'Formitable answered 400 Bad Request');
      return new ValidationError(context, reason.slice(0, 500), fieldMessages.slice(0, 20));
    }
    case 401:
      return new AuthenticationError(context, 'Formitable does not accept the API key');
    case 403:
      return new AuthenticationError(
        context,
        'the API key is not linked to this restaurant (check the restaurant uid too)',
      );
    case 404:
      return new NotFoundError(context, 'this booking (or the restaurant uid set for it)');
    case 409:
      return new SlotUnavailableError(
        context,
        (problem?.detail ?? 'Formitable reports a conflict').slice(0, 300),
      );
    case 413:
      return new ValidationError(context, 'the request is too large for Formitable');
    case 415:
      return new ValidationError(context, 'Formitable does not accept the request format');
    default:
      return new UnexpectedResponseError(context, `Formitable answered HTTP ${failure.status}`);
  }
};
