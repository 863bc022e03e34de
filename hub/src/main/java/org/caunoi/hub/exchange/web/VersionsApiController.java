package org.caunoi.hub.exchange.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.exchange.internal.versions.PartnerVersions;
import org.caunoi.hub.exchange.internal.versions.PartnerVersions.TypeVersion;
import org.caunoi.hub.platform.security.AdminOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/partners/{code}/connection/versions}: the highest version of each payload the partner's hub
 * takes, beside its connection. Read by anyone signed in; learned again from the partner's own
 * {@code GET /schemas} ({@code POST …/versions/check}) or set by hand ({@code PUT}, as
 * {@code {"enforcement/CaseReport": 1}}) by an administrator only.
 */
@RestController
class VersionsApiController {

    private final PartnerVersions versions;

    VersionsApiController(PartnerVersions versions) {
        this.versions = versions;
    }

    /**
     * One type: the version this hub writes, the partner's (this release's when nothing is recorded), the one written to
     * it, and where the partner's came from ({@code partner-list}, {@code administrator}; null when nothing is recorded).
     */
    record Version(String type, int ownVersion, int partnerVersion, int writtenVersion, @Nullable String source,
            @Nullable String recordedBy, @Nullable Instant recordedAt) {

        static List<Version> of(List<TypeVersion> versions) {
            return versions.stream().map(version -> new Version(version.type().toString(), version.ownVersion(),
                    version.partnerVersion(), version.writtenVersion(), version.source(), version.recordedBy(),
                    version.recordedAt())).toList();
        }
    }

    @GetMapping("/api/partners/{code}/connection/versions")
    List<Version> versions(@PathVariable String code) {
        return Version.of(versions.of(code.toUpperCase(Locale.ROOT)));
    }

    @PostMapping("/api/partners/{code}/connection/versions/check")
    @AdminOnly
    List<Version> check(@PathVariable String code) {
        return Version.of(versions.learn(code));
    }

    @PutMapping("/api/partners/{code}/connection/versions")
    @AdminOnly
    List<Version> set(@PathVariable String code, @RequestBody Map<String, Integer> set) {
        return Version.of(versions.set(code, set));
    }
}
