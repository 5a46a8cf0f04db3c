package dev.dhsm.client.lunacm;

import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Cko;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code partition contents [-slot <n>]}: the objects the logged-in role can see, each with its label, handle and
 * type ({@code Symmetric Key}, {@code Private Key}, ...), then their number.
 */
final class PartitionContentsCommand implements LunacmCommand {

    private static final Map<Long, String> TYPES = Map.of(Cko.DATA, "Data", Cko.CERTIFICATE, "Certificate",
            Cko.PUBLIC_KEY, "Public Key", Cko.PRIVATE_KEY, "Private Key", Cko.SECRET_KEY, "Symmetric Key");
    private static final CommandSpec SPEC = CommandSpec.of("partition", "contents",
            "List the objects in the partition", OptionSpec.value("slot", "s"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Slot slot = SlotChoice.partition(ctx, args);
        Session session = ctx.state().session(slot.slotId());
        ShellIO io = ctx.io();
        io.println("");
        Optional<Role> role = ctx.state().loggedIn(slot.slotId());
        if (role.isPresent()) {
            io.println("  The '" + role.get().displayName() + "' is currently logged in. Looking for objects");
            io.println("  accessible to the '" + role.get().displayName() + "'.");
        } else {
            io.println("  No role is logged in. Looking for public objects.");
        }
        List<Long> handles = session.findObjects(List.of());
        io.println("");
        io.println("  Object list:");
        for (long handle : handles) {
            List<Attribute> attributes = session.attributes(handle, List.of(Cka.LABEL, Cka.CLASS));
            io.println("");
            io.println(("  Label:        " + text(attributes.get(0))).stripTrailing());
            io.println("  Handle:       " + handle);
            io.println("  Object Type:  " + type(attributes.get(1)));
        }
        io.println("");
        io.println("  Number of objects:  " + handles.size());
    }

    static String type(Attribute objectClass) {
        return objectClass.isAvailable() ? TYPES.getOrDefault(objectClass.asLong(), Cko.name(objectClass.asLong()))
                : "Unknown";
    }

    private static String text(Attribute attribute) {
        return attribute.isAvailable() ? attribute.asString() : "";
    }
}
