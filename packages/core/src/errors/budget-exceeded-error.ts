import { Budget } from '@giftkit/contract';
import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';

/** A spend budget the viewer set would be passed (`budget_exceeded`, 403). Nothing was charged. */
export class BudgetExceededError extends HttpError {
  override readonly name = 'BudgetExceededError' as const;
  /** The budget that would be passed, with what is left of it (`details.budget`); `null` when not said. */
  readonly budget: Budget | null;

  constructor(message: string, init: HttpErrorInit) {
    super(message, init);
    const parsed = Budget.safeParse(init.details?.['budget']);
    this.budget = parsed.success ? parsed.data : null;
  }
}

/** Whether `error` is a {@link BudgetExceededError}, also across realms. */
export const isBudgetExceededError = errorGuard(BudgetExceededError, 'BudgetExceededError');
