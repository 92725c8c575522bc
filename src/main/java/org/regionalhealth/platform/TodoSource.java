package org.regionalhealth.platform;

import java.util.List;

/**
 * A module's to-dos for the user's home page: each module counts what waits for the user's role in the user's
 * {@link DataScope} and links to its own page (issue 16: every role lands on what it must do today). The home page
 * shows the to-dos of every bean of this type; a module with nothing for the role returns an empty list. Counting is
 * not reading a person's record, so it needs no audit entry.
 */
public interface TodoSource {

    List<Todo> todos(CurrentUser user);
}
