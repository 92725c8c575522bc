package org.regionalhealth.platform;

/**
 * One to-do on a role's home page (issue 16): what is waiting, how many, and the page where it is done. Already in the
 * reader's language: a module resolves its own messages.
 *
 * @param label what is waiting (待审处方, 逾期随访 …)
 * @param count how many; a to-do with 0 still shows, so the user sees that nothing is waiting
 * @param href the page where the user does it
 * @param urgent shown in red when there is something (overdue, timed out, a red signal)
 */
public record Todo(String label, long count, String href, boolean urgent) {}
