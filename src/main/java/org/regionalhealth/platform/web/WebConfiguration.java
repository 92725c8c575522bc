package org.regionalhealth.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
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

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("rhp-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    @Bean
    NavigationItem homeLink() {
        return new NavigationItem("nav.home", "/", 0, Set.of());
    }

    @Bean
    NavigationItem auditLink() {
        return new NavigationItem("nav.audit", "/audit", 900, Set.of(Role.DISTRICT_ADMIN));
    }

    @Bean
    NavigationItem apiDocsLink() {
        return new NavigationItem("nav.api", "/swagger-ui/index.html", 990, Set.of(Role.DISTRICT_ADMIN, Role.SERVICE));
    }
}
