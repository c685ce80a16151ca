package org.ketapath.directory.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The directory runs a daily licence expiry job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DirectoryConfiguration {}
