package org.regionalhealth.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages speak Simplified Chinese first; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentUsers users;
    private final List<NavigationItem> navigation;

    WebConfiguration(CurrentUsers users, List<NavigationItem> navigation) {
        this.users = users;
        this.navigation = navigation;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("rhp-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Errors raised before a controller is chosen answer 4xx problem+json or the error page (issue 15). */
    @Override
    public void extendHandlerExceptionResolvers(
            List<org.springframework.web.servlet.HandlerExceptionResolver> resolvers) {
        resolvers.add(Math.min(1, resolvers.size()), new UnansweredErrors(new LayoutModel(users, navigation)));
    }

    /** Query strings and form fields checked after authentication, before any controller (issue 15). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<RequestGuard> requestGuard() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new RequestGuard());
        registration.setOrder(0);
        return registration;
    }

    /** Tomcat's own error report (oversized request line or headers) as problem+json instead of its HTML page. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<
                    org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory>
            problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
        registry.addInterceptor(new LayoutModel(users, navigation));
    }

    @Bean
    static NavigationItem homeLink() {
        return new NavigationItem("nav.home", "/", MenuSection.HOME, Set.of());
    }

    @Bean
    static NavigationItem auditLink() {
        return new NavigationItem("nav.audit", "/audit", MenuSection.ADMINISTRATION, Set.of(Role.DISTRICT_ADMIN));
    }

    @Bean
    static NavigationItem apiDocsLink() {
        return new NavigationItem(
                "nav.api",
                "/swagger-ui/index.html",
                MenuSection.ADMINISTRATION,
                Set.of(Role.DISTRICT_ADMIN, Role.SERVICE));
    }
}
