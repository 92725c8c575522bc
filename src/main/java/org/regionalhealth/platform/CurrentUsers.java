package org.regionalhealth.platform;

/** Gives the user of the current request to any module. */
public interface CurrentUsers {

    /**
     * The authenticated user.
     *
     * @throws PlatformException with status 401 when nobody is logged in
     */
    CurrentUser require();
}
