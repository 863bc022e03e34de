package org.caunoi.hub.exchange.internal.as4;

import java.time.OffsetDateTime;
import java.util.ServiceLoader;

import com.helger.base.state.EChange;
import com.helger.base.state.EContinue;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.phase4.duplicate.IAS4DuplicateItem;
import com.helger.phase4.duplicate.IAS4DuplicateManager;
import com.helger.phase4.mgr.AS4ManagerFactoryInMemory;
import com.helger.phase4.mgr.MetaAS4Manager;
import com.helger.scope.mgr.ScopeManager;
import jakarta.mail.util.StreamProvider;
import javax.xml.transform.TransformerFactory;
import org.jspecify.annotations.Nullable;

/**
 * phase4's process-wide state, set up once per JVM: its global scope and in-memory managers, with
 * our profile registered and phase4's own duplicate check switched off (the database does it, so it
 * survives restarts and answers a replay with a receipt), and Jakarta Mail's stream provider named.
 * Everything that differs between hubs (keys, endpoints, storage) is passed per request instead, so
 * two hubs can share one JVM in tests.
 */
final class As4Runtime {

    private static boolean started;

    private As4Runtime() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        if (!ScopeManager.isGlobalScopePresent()) {
            ScopeManager.onGlobalBegin("caunoi-as4");
        }
        MetaAS4Manager.setFactory(new AS4ManagerFactoryInMemory() {
            @Override
            public IAS4DuplicateManager createDuplicateManager() {
                return new NoDuplicateCheck();
            }
        });
        if (MetaAS4Manager.getProfileMgr().getProfileOfID(As4Profile.ID) == null) {
            MetaAS4Manager.getProfileMgr().registerProfile(As4Profile.phase4Profile());
        }
        nameMailStreamProvider();
        nameTransformerFactory();
        started = true;
    }

    /**
     * Jakarta Mail looks for its stream provider anew for every MIME part phase4 reads or writes,
     * several per message, with a ServiceLoader scan of every jar on the class path: a tenth of the
     * CPU time of a message in the exchange benchmark. The system property it reads first makes that
     * a plain class load; it names the provider the scan finds (Angus Mail, which phase4 brings).
     */
    private static void nameMailStreamProvider() {
        String property = StreamProvider.class.getName();
        if (System.getProperty(property) == null) {
            ServiceLoader.load(StreamProvider.class, As4Runtime.class.getClassLoader()).findFirst()
                    .ifPresent(provider -> System.setProperty(property, provider.getClass().getName()));
        }
    }

    /**
     * The same for XML transformers: phase4 asks for a new {@code TransformerFactory} each time it
     * serialises a message or a receipt, and each time the JDK scans the class path for another one
     * before it takes its own (3 % of a message's CPU). Named once here, to what that scan gives.
     */
    private static void nameTransformerFactory() {
        String property = TransformerFactory.class.getName();
        if (System.getProperty(property) == null) {
            TransformerFactory found = ServiceLoader.load(TransformerFactory.class, As4Runtime.class.getClassLoader())
                    .findFirst().orElseGet(TransformerFactory::newDefaultInstance);
            System.setProperty(property, found.getClass().getName());
        }
    }

    /** Lets every message through phase4; {@code Inbox} finds replays in the database. */
    private static final class NoDuplicateCheck implements IAS4DuplicateManager {

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public @Nullable IAS4DuplicateItem getItemOfMessageID(@Nullable String messageId) {
            return null;
        }

        @Override
        public ICommonsList<IAS4DuplicateItem> getAll() {
            return new CommonsArrayList<>();
        }

        @Override
        public EContinue registerAndCheck(@Nullable String messageId, @Nullable String profileId, @Nullable String pmodeId) {
            return EContinue.CONTINUE;
        }

        @Override
        public EChange clearCache() {
            return EChange.UNCHANGED;
        }

        @Override
        public ICommonsList<String> evictAllItemsBefore(OffsetDateTime reference) {
            return new CommonsArrayList<>();
        }
    }
}
