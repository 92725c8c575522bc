package org.regionalhealth.screening.formats;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One HAPI FHIR R4 context for the application: building it scans the model and takes about a second. */
@Configuration(proxyBeanMethods = false)
public class FhirConfiguration {

    @Bean
    public FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
