<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Email</name>
    <message>
        <location filename="../server/mail/EmailComposer.cpp" line="+29"/>
        <source>Reset your ESXi Backup Manager Cloud password</source>
        <translation>Réinitialisez votre mot de passe ESXi Backup Manager Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <location line="+22"/>
        <location line="+23"/>
        <location line="+28"/>
        <location line="+45"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Someone asked to reset the password of this account. To choose a new password, open this link within one hour:</source>
        <translation>Une réinitialisation du mot de passe de ce compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l&apos;heure :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you did not ask for this, ignore this email: your password stays unchanged.</source>
        <translation>Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You are invited to join %1</source>
        <translation>Vous êtes invité à rejoindre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 invites you to join the organization %2 on ESXi Backup Manager Cloud. To accept, open this link within seven days:</source>
        <translation>%1 vous invite à rejoindre l&apos;organisation %2 sur ESXi Backup Manager Cloud. Pour accepter, ouvrez ce lien dans les sept jours :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your ESXi Backup Manager Cloud account for %1</source>
        <translation>Votre compte ESXi Backup Manager Cloud pour %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account was created for you as the owner of %1. To choose your password, open this link within seven days:</source>
        <translation>Un compte a été créé pour vous en tant que propriétaire de %1. Pour choisir votre mot de passe, ouvrez ce lien dans les sept jours :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to ESXi Backup Manager Cloud, %1</source>
        <translation>Bienvenue sur ESXi Backup Manager Cloud, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organization %1 is active on the %2 plan until %3.</source>
        <translation>Votre organisation %1 est active avec le forfait %2 jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To sign in, first choose your password with this link (valid seven days):</source>
        <translation>Pour vous connecter, choisissez d&apos;abord votre mot de passe avec ce lien (valable sept jours) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with your existing account to start.</source>
        <translation>Connectez-vous avec votre compte existant pour commencer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payment received for order %1</source>
        <translation>Paiement reçu pour la commande %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We received your payment of %1 for order %2. Your invoice %3 is available in your account.</source>
        <translation>Nous avons bien reçu votre paiement de %1 pour la commande %2. Votre facture %3 est disponible dans votre espace client.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is suspended</source>
        <translation>%1 est suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization %1 is suspended: %2. Pay the outstanding invoice under Billing or contact support to reactivate it.</source>
        <translation>Votre organisation %1 est suspendue : %2. Réglez la facture en attente dans Facturation ou contactez le support pour la réactiver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is active again</source>
        <translation>%1 est de nouveau active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization %1 is active again. Thank you.</source>
        <translation>Votre organisation %1 est de nouveau active. Merci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your subscription for %1 will end</source>
        <translation>Votre abonnement pour %1 va prendre fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As requested, the subscription of %1 will not be renewed and ends on %2. You can resume it until then.</source>
        <translation>Comme demandé, l&apos;abonnement de %1 ne sera pas renouvelé et prend fin le %2. Vous pouvez le reprendre d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your subscription for %1 continues</source>
        <translation>Votre abonnement pour %1 continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription of %1 will renew as usual.</source>
        <translation>L&apos;abonnement de %1 sera renouvelé comme d&apos;habitude.</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <location filename="../server/services/ProvisioningService.cpp" line="+64"/>
        <source>%1 plan — monthly subscription</source>
        <translation>Forfait %1 — abonnement mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan — yearly subscription</source>
        <translation>Forfait %1 — abonnement annuel</translation>
    </message>
</context>
<context>
    <name>Locale</name>
    <message>
        <location filename="../server/i18n/Translator.cpp" line="+74"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
</TS>
