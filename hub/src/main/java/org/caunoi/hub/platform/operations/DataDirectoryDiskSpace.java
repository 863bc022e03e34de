package org.caunoi.hub.platform.operations;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caunoi.hub.platform.HubProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Spring Boot's disk check, on the disk that holds the data directory (the embedded database, the
 * keys) rather than on the working directory it measures by default: a hub whose database can no
 * longer write is not ready for traffic. Part of the readiness probe (application.yml).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEnabledHealthIndicator("diskspace")
class DataDirectoryDiskSpace {

    /** Named as Boot's own, which it replaces: the check keeps its name "diskSpace" and its threshold setting. */
    @Bean
    DiskSpaceHealthIndicator diskSpaceHealthIndicator(HubProperties hub,
            @Value("${management.health.diskspace.threshold:500MB}") DataSize threshold) {
        return new DiskSpaceHealthIndicator(existing(hub.dataPath()).toFile(), threshold);
    }

    /** The directory itself, or the nearest parent that exists: a missing path would measure as a full disk. */
    private static Path existing(Path directory) {
        Path path = directory;
        while (path.getParent() != null && !Files.isDirectory(path)) {
            path = path.getParent();
        }
        return path;
    }
}
