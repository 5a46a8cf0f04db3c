package dev.dhsm.app.arm;

import java.util.Optional;

/** Where the facade's state lives between runs: nowhere ({@link #NONE}), or a file in the data directory. */
interface ArmStore {
    ArmStore NONE = new ArmStore() {
        @Override
        public Optional<ArmState> load() {
            return Optional.empty();
        }

        @Override
        public void save(ArmState state) {
            // kept in memory only
        }
    };

    Optional<ArmState> load();

    void save(ArmState state);
}
