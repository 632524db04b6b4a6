<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../server/web/PlanPresenter.cpp" line="+17"/>
        <source>Essential ESXi backups for a small infrastructure.</source>
        <translation>Les sauvegardes ESXi essentielles pour une petite infrastructure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication and API access for growing teams.</source>
        <translation>Réplication et accès API pour les équipes qui grandissent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited hosts with SureBackup verification and dedicated support.</source>
        <translation>Hôtes illimités, vérification SureBackup et support dédié.</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../build/lead/server/generated/EmailTemplateStrings.cpp" line="+16"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+9"/>
        <source>Your subscription for %1 has ended</source>
        <translation>Votre abonnement pour %1 a pris fin</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>As requested, the subscription of %1 ended on %2. Thank you for your trust; you can subscribe again at any time.</source>
        <translation>Comme demandé, l&apos;abonnement de %1 a pris fin le %2. Merci de votre confiance ; vous pouvez vous réabonner à tout moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+2"/>
        <source>Your subscription for %1 is cancelled</source>
        <translation>Votre abonnement pour %1 est résilié</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The subscription of %1 was cancelled: %2. Contact support if you think this is a mistake.</source>
        <translation>L&apos;abonnement de %1 a été résilié : %2. Contactez le support si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+26"/>
        <source>%1 is now on the %2 plan</source>
        <translation>%1 passe au forfait %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>From today, %1 uses the %2 plan: its quotas and features apply at once.</source>
        <translation>À partir d&apos;aujourd&apos;hui, %1 utilise le forfait %2 : ses quotas et fonctionnalités s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <location line="-82"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-25"/>
        <source>%1 will move to the %2 plan</source>
        <translation>%1 passera au forfait %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>As requested, %1 will move to the %2 plan on %3, at the end of the period already paid.</source>
        <translation>Comme demandé, %1 passera au forfait %2 le %3, à la fin de la période déjà payée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+2"/>
        <source>%1 stays on the %2 plan</source>
        <translation>%1 reste au forfait %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The planned change is cancelled: %1 stays on the %2 plan.</source>
        <translation>Le changement prévu est annulé : %1 reste au forfait %2.</translation>
    </message>
    <message>
        <location line="+110"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+32"/>
        <source>Your subscription for %1 is renewed</source>
        <translation>Votre abonnement pour %1 est renouvelé</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The subscription of %1 is renewed until %2. Thank you.</source>
        <translation>L&apos;abonnement de %1 est renouvelé jusqu&apos;au %2. Merci.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-19"/>
        <source>Renew your subscription for %1</source>
        <translation>Renouvelez votre abonnement pour %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The subscription of %1 ended on %2 and has not been renewed. Renew it before %3 to keep your backups running.</source>
        <translation>L&apos;abonnement de %1 a pris fin le %2 et n&apos;a pas été renouvelé. Renouvelez-le avant le %3 pour que vos sauvegardes continuent.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+24"/>
        <source>The subscription of %1 ended on %2 and has not been renewed, so the organization is suspended. Renew it before %3 to keep your backups and settings.</source>
        <translation>L&apos;abonnement de %1 a pris fin le %2 et n&apos;a pas été renouvelé : l&apos;organisation est donc suspendue. Renouvelez-le avant le %3 pour conserver vos sauvegardes et vos réglages.</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-37"/>
        <source>Your subscription for %1 has expired</source>
        <translation>Votre abonnement pour %1 a expiré</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The subscription of %1 has expired and its backups are no longer protected. Renew it at any time to restore the service.</source>
        <translation>L&apos;abonnement de %1 a expiré et ses sauvegardes ne sont plus protégées. Renouvelez-le à tout moment pour rétablir le service.</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+26"/>
        <source>Your subscription for %1 ends on %2</source>
        <translation>Votre abonnement pour %1 se termine le %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The subscription of %1 is paid until %2. Renew it under Billing before then to keep your backups running without interruption.</source>
        <translation>L’abonnement de %1 est payé jusqu’au %2. Renouvelez-le d’ici là dans Facturation pour que vos sauvegardes continuent sans interruption.</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+3"/>
        <source>You receive this email about your ESXi Backup Manager Cloud account or subscription.</source>
        <translation>Vous recevez cet e-mail au sujet de votre compte ou de votre abonnement ESXi Backup Manager Cloud.</translation>
    </message>
    <message>
        <location filename="../server/mail/EmailComposer.cpp" line="+96"/>
        <source>ESXi servers</source>
        <translation>serveurs ESXi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>virtual machines</source>
        <translation>machines virtuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup jobs</source>
        <translation>tâches de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup storage</source>
        <translation>stockage de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/EmailTemplateStrings.cpp" line="+56"/>
        <source>%1 is close to its %2 quota</source>
        <translation>%1 approche de son quota : %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>%1 uses %3 of the %4 %2 its plan allows. Free some up or upgrade the plan under Billing before the limit is reached.</source>
        <translation>%1 utilise %3 des %4 %2 que son offre autorise. Libérez-en ou passez à une offre supérieure sous Facturation avant d’atteindre la limite.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 has reached its %2 quota</source>
        <translation>%1 a atteint son quota : %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>%1 uses %3 of the %4 %2 its plan allows: new ones are refused until you free some up or upgrade the plan under Billing.</source>
        <translation>%1 utilise %3 des %4 %2 que son offre autorise : tout ajout est refusé tant que vous n’en libérez pas ou ne passez pas à une offre supérieure sous Facturation.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Reset your ESXi Backup Manager Cloud password</source>
        <translation>Réinitialisez votre mot de passe ESXi Backup Manager Cloud</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Invoice %1 for %2</source>
        <translation>Facture %1 pour %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+31"/>
        <location line="+13"/>
        <location line="+46"/>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+22"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Open my account</source>
        <translation>Ouvrir mon compte</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Accept the invitation</source>
        <translation>Accepter l’invitation</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Please find attached invoice %1 for the renewal of the subscription of %2: %3, to pay by %4.</source>
        <translation>Veuillez trouver ci-joint la facture %1 pour le renouvellement de l&apos;abonnement de %2 : %3, à régler avant le %4.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Pay it under Billing in your account. Once it is paid, the invoice is marked paid and your subscription renewed.</source>
        <translation>Réglez-la dans Facturation de votre compte. Une fois payée, la facture est marquée comme réglée et votre abonnement renouvelé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Thank you for your order %1:</source>
        <translation>Merci pour votre commande %1 :</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Plan:</source>
        <translation>Forfait :</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Billing:</source>
        <translation>Facturation :</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Your organization is ready as soon as the payment is received. To pay, or to come back to the payment later, open this link:</source>
        <translation>Votre organisation est prête dès réception du paiement. Pour payer, ou pour reprendre le paiement plus tard, ouvrez ce lien :</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Pay the order</source>
        <translation>Payer la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>The order stays open until %1. After that, place a new one from the pricing page.</source>
        <translation>La commande reste ouverte jusqu’au %1. Passé ce délai, passez-en une nouvelle depuis la page des tarifs.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your order %1</source>
        <translation>Votre commande %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Approve the payment</source>
        <translation>Approuver le paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the renewal payment for %1</source>
        <translation>Approuvez le paiement du renouvellement de %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>To renew the subscription of %1, approve the PayPal payment of %2 with this link:</source>
        <translation>Pour renouveler l&apos;abonnement de %1, approuvez le paiement PayPal de %2 avec ce lien :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approve the renewal payment for %1 on your phone</source>
        <translation>Approuvez sur votre téléphone le paiement du renouvellement de %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>To renew the subscription of %1, a Mobile Money payment request of %2 was sent to %3. Approve it on your phone.</source>
        <translation>Pour renouveler l&apos;abonnement de %1, une demande de paiement Mobile Money de %2 a été envoyée au %3. Approuvez-la sur votre téléphone.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+3"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Someone asked to reset the password of this account. To choose a new password, open this link within one hour:</source>
        <translation>Une réinitialisation du mot de passe de ce compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l&apos;heure :</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>If you did not ask for this, ignore this email: your password stays unchanged.</source>
        <translation>Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>You are invited to join %1</source>
        <translation>Vous êtes invité à rejoindre %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>%1 invites you to join the organization %2 on ESXi Backup Manager Cloud. To accept, open this link within seven days:</source>
        <translation>%1 vous invite à rejoindre l&apos;organisation %2 sur ESXi Backup Manager Cloud. Pour accepter, ouvrez ce lien dans les sept jours :</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+19"/>
        <source>Choose my password</source>
        <translation>Choisir mon mot de passe</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Your ESXi Backup Manager Cloud account for %1</source>
        <translation>Votre compte ESXi Backup Manager Cloud pour %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>An account was created for you as the owner of %1. To choose your password, open this link within seven days:</source>
        <translation>Un compte a été créé pour vous en tant que propriétaire de %1. Pour choisir votre mot de passe, ouvrez ce lien dans les sept jours :</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+11"/>
        <source>Welcome to ESXi Backup Manager Cloud, %1</source>
        <translation>Bienvenue sur ESXi Backup Manager Cloud, %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>Your organization %1 is active on the %2 plan until %3.</source>
        <translation>Votre organisation %1 est active avec le forfait %2 jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>To sign in, first choose your password with this link (valid seven days):</source>
        <translation>Pour vous connecter, choisissez d&apos;abord votre mot de passe avec ce lien (valable sept jours) :</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Sign in with your existing account to start.</source>
        <translation>Connectez-vous avec votre compte existant pour commencer.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Payment received for order %1</source>
        <translation>Paiement reçu pour la commande %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>We received your payment of %1 for order %2. Your invoice %3 is available in your account.</source>
        <translation>Nous avons bien reçu votre paiement de %1 pour la commande %2. Votre facture %3 est disponible dans votre espace client.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-31"/>
        <source>Your payment for order %1 did not go through</source>
        <translation>Votre paiement pour la commande %1 n&apos;a pas abouti</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>Order %1 is still waiting for its payment: you can pay again with the same or another method.</source>
        <translation>La commande %1 attend toujours son paiement : vous pouvez payer à nouveau avec le même moyen ou un autre.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+6"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+23"/>
        <location line="+3"/>
        <source>%1 is suspended</source>
        <translation>%1 est suspendue</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-2"/>
        <source>Your organization %1 is suspended: %2. Pay the outstanding invoice under Billing or contact support to reactivate it.</source>
        <translation>Votre organisation %1 est suspendue : %2. Réglez la facture en attente dans Facturation ou contactez le support pour la réactiver.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-10"/>
        <source>%1 is active again</source>
        <translation>%1 est de nouveau active</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>Your organization %1 is active again. Thank you.</source>
        <translation>Votre organisation %1 est de nouveau active. Merci.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="-43"/>
        <source>Your subscription for %1 will end</source>
        <translation>Votre abonnement pour %1 va prendre fin</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>As requested, the subscription of %1 will not be renewed and ends on %2. You can resume it until then.</source>
        <translation>Comme demandé, l&apos;abonnement de %1 ne sera pas renouvelé et prend fin le %2. Vous pouvez le reprendre d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+2"/>
        <source>Your subscription for %1 continues</source>
        <translation>Votre abonnement pour %1 continue</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+1"/>
        <source>The subscription of %1 will renew as usual.</source>
        <translation>L&apos;abonnement de %1 sera renouvelé comme d&apos;habitude.</translation>
    </message>
    <message>
        <location filename="../server/services/RenewalPayments.cpp" line="+159"/>
        <source>The renewal payment could not be started with the payment method you used last time.</source>
        <translation>Le paiement du renouvellement n&apos;a pas pu être lancé avec le moyen de paiement utilisé la dernière fois.</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/NotificationTemplateStrings.cpp" line="+17"/>
        <source>Invoice %1 issued</source>
        <translation>Facture %1 émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1 for %2 is available under Invoices.</source>
        <translation>La facture %1 d&apos;un montant de %2 est disponible dans Factures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation sent to %1</source>
        <translation>Invitation envoyée à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was invited to join the organization as %2.</source>
        <translation>%1 a été invité(e) à rejoindre l&apos;organisation avec le rôle %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment of %1 received</source>
        <translation>Paiement de %1 reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received your payment of %1 for order %2. Your invoice %3 is available under Invoices.</source>
        <translation>Nous avons reçu votre paiement de %1 pour la commande %2. Votre facture %3 est disponible dans Factures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 % of the quota used</source>
        <translation>%1 : %2 % du quota utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization uses %2 % of the %1 its plan allows. Free some up or upgrade the plan to keep room.</source>
        <translation>Votre organisation utilise %2 % du quota de %1 de son forfait. Libérez-en ou passez à un forfait supérieur pour garder de la marge.</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <location filename="../server/services/ProvisioningService.cpp" line="+53"/>
        <source>%1 plan — monthly subscription</source>
        <translation>Forfait %1 — abonnement mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan — yearly subscription</source>
        <translation>Forfait %1 — abonnement annuel</translation>
    </message>
    <message>
        <location filename="../server/services/SubscriptionFulfilment.cpp" line="+41"/>
        <source>%1 plan — monthly renewal</source>
        <translation>Forfait %1 — renouvellement mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan — yearly renewal</source>
        <translation>Forfait %1 — renouvellement annuel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upgrade from the %1 plan to the %2 plan, prorated to the end of the paid period</source>
        <translation>Passage du forfait %1 au forfait %2, au prorata jusqu&apos;à la fin de la période payée</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <location filename="../server/billing/InvoiceDocumentBuilder.cpp" line="+58"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVOICE</source>
        <translation>FACTURE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VOID</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tax ID: %1</source>
        <translation>N° d&apos;identification fiscale : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax (%1)</source>
        <translation>TVA (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you for your business.</source>
        <translation>Merci de votre confiance.</translation>
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
<context>
    <name>PayPal</name>
    <message>
        <location filename="../server/payments/PayPalProvider.cpp" line="+212"/>
        <source>%1 plan, billed yearly</source>
        <translation>Formule %1, facturée annuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan, billed monthly</source>
        <translation>Formule %1, facturée mensuellement</translation>
    </message>
</context>
<context>
    <name>PayPalSimulator</name>
    <message>
        <location filename="../server/api/PayPalSimulatorController.cpp" line="+42"/>
        <location line="+4"/>
        <source>PayPal simulator</source>
        <translation>Simulateur PayPal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve and pay</source>
        <translation>Approuver et payer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve, but the card is declined</source>
        <translation>Approuver, mais la carte est refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve, but the payment stays pending</source>
        <translation>Approuver, mais le paiement reste en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel and return to the merchant</source>
        <translation>Annuler et revenir chez le marchand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order was already handled.</source>
        <translation>Cette commande a déjà été traitée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page imitates PayPal for tests and demonstrations; no money moves.</source>
        <translation>Cette page imite PayPal pour les tests et les démonstrations ; aucun argent n&apos;est débité.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Done; you can close this page.</source>
        <translation>Terminé ; vous pouvez fermer cette page.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../server/payments/FailureMessages.cpp" line="+26"/>
        <source>The balance of your Mobile Money account is too low. Top it up, then try again.</source>
        <translation>Le solde de votre compte Mobile Money est insuffisant. Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Mobile Money account has reached its transaction limit. Try again later or use another payment method.</source>
        <translation>Votre compte Mobile Money a atteint sa limite de transactions. Réessayez plus tard ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment was declined on your phone. Try again and approve it with your PIN.</source>
        <translation>Le paiement a été refusé sur votre téléphone. Réessayez et validez-le avec votre code PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment request expired before it was approved on your phone. Try again and approve it within a few minutes.</source>
        <translation>La demande de paiement a expiré avant d&apos;être validée sur votre téléphone. Réessayez et validez-la en quelques minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment was cancelled. You can try again.</source>
        <translation>Le paiement a été annulé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Mobile Money account was found for this phone number. Check the number and try again.</source>
        <translation>Aucun compte Mobile Money n&apos;a été trouvé pour ce numéro. Vérifiez le numéro et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Mobile Money account cannot make this payment. Contact MTN or use another method.</source>
        <translation>Votre compte Mobile Money ne peut pas effectuer ce paiement. Contactez MTN ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTN Mobile Money could not process the payment. Nothing was charged; try again in a moment.</source>
        <translation>MTN Mobile Money n&apos;a pas pu traiter le paiement. Rien n&apos;a été débité ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTN Mobile Money is unavailable at the moment. Nothing was charged; try again later.</source>
        <translation>MTN Mobile Money est indisponible pour le moment. Rien n&apos;a été débité ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment was not approved on your phone. Try again and approve it with your PIN.</source>
        <translation>Le paiement n&apos;a pas été validé sur votre téléphone. Réessayez et validez-le avec votre code PIN.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>MTN Mobile Money payments cannot be taken at the moment because of a problem on our side. Nothing was charged; try again later or use another payment method.</source>
        <translation>Les paiements MTN Mobile Money ne peuvent pas être acceptés pour le moment à cause d&apos;un problème de notre côté. Rien n&apos;a été débité ; réessayez plus tard ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>PayPal declined the chosen funding source. Try again with another card or account.</source>
        <translation>PayPal a refusé le moyen de financement choisi. Réessayez avec une autre carte ou un autre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment was declined. Nothing was charged; try again or use another method.</source>
        <translation>Le paiement a été refusé. Rien n&apos;a été débité ; réessayez ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cancelled the payment on PayPal. You can try again at any time.</source>
        <translation>Vous avez annulé le paiement sur PayPal. Vous pouvez réessayer à tout moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not match your bank transfer: %1</source>
        <translation>Nous n&apos;avons pas pu rapprocher votre virement : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment provider refused this payment. Nothing was charged; try again later or choose another payment method.</source>
        <translation>Le prestataire de paiement a refusé ce paiement. Rien n&apos;a été débité ; réessayez plus tard ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This attempt was replaced by a newer one.</source>
        <translation>Cette tentative a été remplacée par une plus récente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount received does not match the order; our team will contact you.</source>
        <translation>Le montant reçu ne correspond pas à la commande ; notre équipe vous contactera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payment did not go through. Nothing was charged; try again or choose another payment method.</source>
        <translation>Le paiement n&apos;a pas abouti. Rien n&apos;a été débité ; réessayez ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../server/payments/MomoProvider.cpp" line="+116"/>
        <source>ESXi Backup Manager Cloud, order %1</source>
        <translation>ESXi Backup Manager Cloud, commande %1</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <location filename="../server/web/CheckoutPresenter.cpp" line="+30"/>
        <source>Tax (%1 %)</source>
        <translation>TVA (%1 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Billed yearly</source>
        <translation>Facturation annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed monthly</source>
        <translation>Facturation mensuelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../server/web/RegisterPagesController.cpp" line="+184"/>
        <source>This promo code does not exist.</source>
        <translation>Ce code promo n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This promo code has expired.</source>
        <translation>Ce code promo a expiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This promo code is not valid yet.</source>
        <translation>Ce code promo n’est pas encore valable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This promo code has been used up.</source>
        <translation>Ce code promo a atteint sa limite d’utilisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already used this promo code.</source>
        <translation>Vous avez déjà utilisé ce code promo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This promo code does not apply to this plan.</source>
        <translation>Ce code promo ne s’applique pas à cette formule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is below this promo code&apos;s minimum.</source>
        <translation>La commande n’atteint pas le minimum de ce code promo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This promo code does not apply to this currency.</source>
        <translation>Ce code promo ne s’applique pas à cette devise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../server/web/PortalLabels.cpp" line="+67"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pay with your PayPal account or a card: you approve the payment on PayPal, then come back here.</source>
        <translation>Payez avec votre compte PayPal ou une carte : vous validez le paiement chez PayPal, puis revenez ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve the payment on your phone with your Mobile Money PIN.</source>
        <translation>Validez le paiement sur votre téléphone avec votre code Mobile Money.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer the amount with the reference we give you: your subscription starts once it has arrived.</source>
        <translation>Virez le montant avec la référence que nous vous donnons : votre abonnement démarre dès sa réception.</translation>
    </message>
    <message>
        <location filename="../server/web/PageSecurity.cpp" line="+22"/>
        <source>This form has expired</source>
        <translation>Ce formulaire a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your security, this form can no longer be sent. Go back, reload the page and try again.</source>
        <translation>Pour votre sécurité, ce formulaire ne peut plus être envoyé. Revenez en arrière, rechargez la page et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account cannot open this page.</source>
        <translation>Votre compte ne peut pas ouvrir cette page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page does not exist or is no longer available.</source>
        <translation>Cette page n’existe pas ou n’est plus disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you sent is larger than allowed.</source>
        <translation>Ce que vous avez envoyé dépasse la taille autorisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts</source>
        <translation>Trop de tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait a few minutes before trying again.</source>
        <translation>Veuillez patienter quelques minutes avant de réessayer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We could not complete your request. Please try again in a moment.</source>
        <translation>Nous n’avons pas pu traiter votre demande. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request refused</source>
        <translation>Demande refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request could not be processed.</source>
        <translation>Cette demande n’a pas pu être traitée.</translation>
    </message>
    <message>
        <location filename="../server/web/PlanPresenter.cpp" line="+53"/>
        <source>Save %1 %</source>
        <translation>Économisez %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>up to −%1 %</source>
        <translation>jusqu’à −%1 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Up to %1 ESXi hosts</source>
        <translation>Jusqu’à %1 hôtes ESXi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited ESXi hosts</source>
        <translation>Hôtes ESXi illimités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 virtual machines</source>
        <translation>Jusqu’à %1 machines virtuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited virtual machines</source>
        <translation>Machines virtuelles illimitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 backup jobs</source>
        <translation>Jusqu’à %1 tâches de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited backup jobs</source>
        <translation>Tâches de sauvegarde illimitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB of backup storage</source>
        <translation>%1 Go de stockage de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited backup storage</source>
        <translation>Stockage de sauvegarde illimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 users</source>
        <translation>Jusqu’à %1 utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlimited users</source>
        <translation>Utilisateurs illimités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-day retention, %2 restore points</source>
        <translation>Rétention de %1 jours, %2 points de restauration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring and alerts</source>
        <translation>Supervision et alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM replication</source>
        <translation>Réplication des VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SureBackup restore verification</source>
        <translation>Vérification des restaurations SureBackup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST API access</source>
        <translation>Accès à l’API REST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom retention policies</source>
        <translation>Politiques de rétention personnalisées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email support</source>
        <translation>Support par e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority support</source>
        <translation>Support prioritaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated support</source>
        <translation>Support dédié</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From %1 per month</source>
        <translation>À partir de %1 par mois</translation>
    </message>
    <message>
        <location filename="../server/web/PortalInvoicesController.cpp" line="+12"/>
        <location filename="../server/web/PortalLayout.cpp" line="+23"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+138"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../server/web/PortalLabels.cpp" line="-45"/>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Résiliée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+43"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ESXi hosts</source>
        <translation>Hôtes ESXi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup jobs</source>
        <translation>Tâches de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup storage</source>
        <translation>Stockage de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTN Mobile Money</source>
        <translation>MTN Mobile Money</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 · unlimited</source>
        <translation>%1 · illimité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../server/web/PortalLayout.cpp" line="-2"/>
        <location filename="../server/web/PortalOverviewController.cpp" line="+15"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/web/PortalPlanController.cpp" line="+24"/>
        <source>Plan and subscription</source>
        <translation>Formule et abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../server/web/PortalPaymentsController.cpp" line="+13"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/web/PortalMembersController.cpp" line="+17"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/web/PortalSettingsController.cpp" line="+14"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your settings were saved.</source>
        <translation>Vos paramètres sont enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation was sent.</source>
        <translation>L’invitation a été envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role was changed.</source>
        <translation>Le rôle a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member was removed.</source>
        <translation>Le membre a été retiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An organization always keeps at least one owner.</source>
        <translation>Une organisation garde toujours au moins un propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role cannot give or take away this role.</source>
        <translation>Votre rôle ne permet pas de donner ou de retirer ce rôle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../server/web/PortalMembersController.cpp" line="+4"/>
        <source>Choose one of the roles offered.</source>
        <translation>Choisissez l’un des rôles proposés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organization moved to its new plan.</source>
        <translation>Votre organisation est passée à sa nouvelle formule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new plan applies at the end of the paid period.</source>
        <translation>La nouvelle formule s’appliquera à la fin de la période payée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scheduled plan change was withdrawn.</source>
        <translation>Le changement de formule prévu a été annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the plans offered.</source>
        <translation>Choisissez l’une des formules proposées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The billing cycle changes when you renew: choose it on the renewal form.</source>
        <translation>Le cycle de facturation change au renouvellement : choisissez-le dans le formulaire de renouvellement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active subscription can change plan: renew it first.</source>
        <translation>Seul un abonnement actif peut changer de formule : renouvelez-le d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription will end at the end of the paid period.</source>
        <translation>Votre abonnement prendra fin à la fin de la période payée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription renews automatically again.</source>
        <translation>Votre abonnement se renouvelle de nouveau automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is too early to renew: renewal opens one billing period before the end of the paid period.</source>
        <translation>Il est trop tôt pour renouveler : le renouvellement ouvre une période de facturation avant la fin de la période payée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription ends at the end of its period: resume it before renewing.</source>
        <translation>Votre abonnement prend fin à la fin de sa période : reprenez-le avant de le renouveler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This subscription cannot be renewed: place a new order instead.</source>
        <translation>Cet abonnement ne peut pas être renouvelé : passez plutôt une nouvelle commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not possible in the current state of your subscription.</source>
        <translation>Ce n’est pas possible dans l’état actuel de votre abonnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../server/web/PortalMembersController.cpp" line="-3"/>
        <source>Enter the email address of the person to invite.</source>
        <translation>Saisissez l’adresse e-mail de la personne à inviter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../server/web/PortalSettingsController.cpp" line="+11"/>
        <source>Enter a valid email address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot give this role.</source>
        <translation>Votre rôle ne permet pas de donner ce rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is already a member or has a pending invitation.</source>
        <translation>Cette personne est déjà membre ou a une invitation en attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan&apos;s user limit is reached (members and pending invitations count). Upgrade the plan or remove a member first.</source>
        <translation>La limite d’utilisateurs de votre formule est atteinte (membres et invitations en attente comptent). Passez à une formule supérieure ou retirez d’abord un membre.</translation>
    </message>
    <message>
        <location filename="../server/web/PortalOverviewController.cpp" line="-1"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-53"/>
        <source>My organizations</source>
        <translation>Mes organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../server/web/PortalPlanController.cpp" line="+1"/>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current plan.</source>
        <translation>Votre formule actuelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current plan until %1.</source>
        <translation>Votre formule actuelle jusqu’au %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled: applies on %1.</source>
        <translation>Prévu : s’applique le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade now: %1 to pay for the rest of the paid period.</source>
        <translation>Montée en gamme immédiate : %1 à payer pour le reste de la période payée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies at once: nothing more to pay for this period.</source>
        <translation>S’applique tout de suite : rien de plus à payer pour cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies on %1, at the end of the paid period.</source>
        <translation>S’applique le %1, à la fin de la période payée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available for your subscription.</source>
        <translation>Non disponible pour votre abonnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Monter en gamme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade</source>
        <translation>Passer à cette formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this plan</source>
        <translation>Garder cette formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 plan allows less than your organization uses now. Remove the excess first.</source>
        <translation>La formule %1 autorise moins que ce qu’utilise votre organisation aujourd’hui. Supprimez d’abord l’excédent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in use, the plan allows %3 (%4 too many).</source>
        <translation>%1 : %2 utilisés, la formule en autorise %3 (%4 de trop).</translation>
    </message>
    <message>
        <location filename="../server/web/PortalSettingsController.cpp" line="-2"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid phone number: digits, spaces and + - . ( ) only.</source>
        <translation>Saisissez un numéro de téléphone valide : chiffres, espaces et + - . ( ) uniquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the languages offered.</source>
        <translation>Choisissez l’une des langues proposées.</translation>
    </message>
    <message>
        <location filename="../server/web/PortalSubscription.cpp" line="+12"/>
        <source>No plan</source>
        <translation>Aucune formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the subscription ends on %1.</source>
        <translation>Résilié : l’abonnement prend fin le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically on %1.</source>
        <translation>Se renouvelle automatiquement le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid until %1: renew before then to keep your service.</source>
        <translation>Payé jusqu’au %1 : renouvelez d’ici là pour garder votre service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to the %1 plan on %2.</source>
        <translation>Passe à la formule %1 le %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your organization is waiting for the payment of its order.</source>
        <translation>Votre organisation attend le paiement de sa commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your organization is suspended. Renew your subscription or pay the outstanding invoice to reactivate it.</source>
        <translation>Votre organisation est suspendue. Renouvelez votre abonnement ou réglez la facture en attente pour la réactiver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription has expired. Renew it to restore access.</source>
        <translation>Votre abonnement a expiré. Renouvelez-le pour rétablir l’accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription was cancelled.</source>
        <translation>Votre abonnement a été résilié.</translation>
    </message>
    <message>
        <location filename="../server/web/PortalUsageChart.cpp" line="+25"/>
        <source>%1 over the last 30 days</source>
        <translation>%1 sur les 30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota: %1</source>
        <translation>Quota : %1</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPagesController.cpp" line="+32"/>
        <source>Your order is paid. Choose your password with the link we emailed you, then sign in here.</source>
        <translation>Votre commande est payée. Choisissez votre mot de passe avec le lien reçu par e-mail, puis connectez-vous ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password is saved. Sign in with it now.</source>
        <translation>Votre mot de passe est enregistré. Connectez-vous avec lui dès maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an account uses this address, we have sent it a link to choose a new password. It is valid for one hour.</source>
        <translation>Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Il est valable une heure.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your email and your password.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too many failed attempts. Try again in %1 minutes.</source>
        <translation>Trop de tentatives échouées. Réessayez dans %1 minutes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The email or the password is incorrect.</source>
        <translation>L’e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the email address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This link is invalid, expired or already used. Ask for a new one.</source>
        <translation>Ce lien est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a password of at least 12 characters.</source>
        <translation>Choisissez un mot de passe d’au moins 12 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password of your existing account to accept.</source>
        <translation>Saisissez le mot de passe de votre compte existant pour accepter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Please wait a few minutes before trying again.</source>
        <translation>Trop de tentatives. Veuillez patienter quelques minutes avant de réessayer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-126"/>
        <source>Join an organization</source>
        <translation>Rejoindre une organisation</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>You were invited to an organization on ESXi Backup Manager Cloud. Choose your name and password to accept (or enter the password of your existing account).</source>
        <translation>Vous êtes invité à rejoindre une organisation sur ESXi Backup Manager Cloud. Choisissez votre nom et votre mot de passe pour accepter (ou saisissez le mot de passe de votre compte existant).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+192"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+52"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+73"/>
        <source>At least 12 characters.</source>
        <translation>Au moins 12 caractères.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Accept the invitation</source>
        <translation>Accepter l’invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the home page</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequently asked questions</source>
        <translation>Questions fréquentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can I change my plan later?</source>
        <translation>Puis-je changer de formule plus tard ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes. An upgrade applies as soon as the prorated difference is paid; a downgrade takes effect at the end of the period you paid for, once your usage fits the smaller plan.</source>
        <translation>Oui. Une montée en gamme s’applique dès que la différence au prorata est payée ; un passage à une formule inférieure prend effet à la fin de la période payée, si votre utilisation tient dans la formule plus petite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How can I pay?</source>
        <translation>Comment puis-je payer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By PayPal (card or PayPal balance), by MTN Mobile Money from your phone, or by bank transfer with the reference we give you. Your subscription starts as soon as the payment is confirmed.</source>
        <translation>Par PayPal (carte ou solde PayPal), par MTN Mobile Money depuis votre téléphone, ou par virement bancaire avec la référence que nous vous donnons. Votre abonnement démarre dès que le paiement est confirmé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens when I reach a quota?</source>
        <translation>Que se passe-t-il quand j’atteins un quota ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your existing backups keep running. Adding hosts, virtual machines, jobs or users beyond the plan is refused until you upgrade or free some room.</source>
        <translation>Vos sauvegardes existantes continuent de fonctionner. L’ajout d’hôtes, de machines virtuelles, de tâches ou d’utilisateurs au-delà de la formule est refusé jusqu’à ce que vous changiez de formule ou libériez de la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is my data kept apart from other customers?</source>
        <translation>Mes données sont-elles séparées de celles des autres clients ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes. Every organization is isolated: nobody outside your organization can see your inventory, backups, invoices or payments.</source>
        <translation>Oui. Chaque organisation est isolée : personne en dehors de votre organisation ne peut voir votre inventaire, vos sauvegardes, vos factures ou vos paiements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can I cancel at any time?</source>
        <translation>Puis-je résilier à tout moment ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes. Cancelling stops the renewal; your organization stays active until the end of the period already paid, and you can resume before then.</source>
        <translation>Oui. La résiliation arrête le renouvellement ; votre organisation reste active jusqu’à la fin de la période déjà payée, et vous pouvez reprendre d’ici là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will I receive invoices?</source>
        <translation>Vais-je recevoir des factures ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every payment produces an invoice you can download as a PDF from your account, in French or English.</source>
        <translation>Chaque paiement donne lieu à une facture téléchargeable en PDF depuis votre compte, en français ou en anglais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your ESXi backups, managed and verified</source>
        <translation>Vos sauvegardes ESXi, gérées et vérifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESXi Backup Manager Cloud protects the virtual machines of your VMware ESXi hosts: scheduled backups, replication, restore tests and monitoring, billed by subscription with no hardware to buy.</source>
        <translation>ESXi Backup Manager Cloud protège les machines virtuelles de vos hôtes VMware ESXi : sauvegardes planifiées, réplication, tests de restauration et supervision, facturés par abonnement, sans matériel à acheter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <location line="+117"/>
        <source>See the plans</source>
        <translation>Voir les formules</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+21"/>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>What the service does</source>
        <translation>Ce que fait le service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled backups</source>
        <translation>Sauvegardes planifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up every virtual machine of your ESXi hosts on your schedule, with the retention your plan includes.</source>
        <translation>Sauvegardez chaque machine virtuelle de vos hôtes ESXi selon votre planning, avec la rétention incluse dans votre formule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication and restore tests</source>
        <translation>Réplication et tests de restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicate critical machines and check with SureBackup that every restore point really starts.</source>
        <translation>Répliquez les machines critiques et vérifiez avec SureBackup que chaque point de restauration démarre vraiment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring and quotas</source>
        <translation>Supervision et quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow usage against your plan, receive alerts, and manage your team, invoices and payments from your account.</source>
        <translation>Suivez votre utilisation par rapport à votre formule, recevez des alertes et gérez votre équipe, vos factures et vos paiements depuis votre compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three plans</source>
        <translation>Trois formules</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Popular</source>
        <translation>Populaire</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the plans</source>
        <translation>Comparer les formules</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A question before you subscribe, or about your account? Write to us:</source>
        <translation>Une question avant de vous abonner, ou sur votre compte ? Écrivez-nous :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../server/web/PublicPagesController.cpp" line="+22"/>
        <source>Managed ESXi backups</source>
        <translation>Sauvegardes ESXi gérées</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <location line="+5"/>
        <source>Pricing</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Prices before tax; VAT of %1 % is added.</source>
        <translation>Prix hors taxes ; une TVA de %1 % s’y ajoute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices include every fee; no tax is added.</source>
        <translation>Les prix incluent tous les frais ; aucune taxe ne s’y ajoute.</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-4"/>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPagesController.cpp" line="-141"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <location line="+15"/>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../server/web/CheckoutPagesController.cpp" line="+342"/>
        <location filename="../server/web/SignInPagesController.cpp" line="+108"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-16"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+141"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-156"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+21"/>
        <location line="+12"/>
        <location line="+81"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Forgotten password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>Nouveau client ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a plan</source>
        <translation>Choisir une formule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to sign out of your account on this device?</source>
        <translation>Voulez-vous vous déconnecter de votre compte sur cet appareil ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order summary</source>
        <translation>Récapitulatif de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Included:</source>
        <translation>Inclus :</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPagesController.cpp" line="+16"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+2"/>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>Welcome! Choose the password you will sign in with.</source>
        <translation>Bienvenue ! Choisissez le mot de passe avec lequel vous vous connecterez.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPagesController.cpp" line="+1"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the password</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the password</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPagesController.cpp" line="-107"/>
        <location line="+13"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+2"/>
        <source>Forgotten password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>Enter the email address of your account: we will send you a link to choose a new password.</source>
        <translation>Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the link</source>
        <translation>Envoyer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to sign in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each bar is one day of use. The dashed line is the quota of your plan.</source>
        <translation>Chaque barre représente un jour d’utilisation. La ligne en pointillés est le quota de votre formule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usage was recorded in the last 30 days.</source>
        <translation>Aucune utilisation n’a été enregistrée ces 30 derniers jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <location line="+19"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice yet.</source>
        <translation>Aucune facture pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organizations</source>
        <translation>Vos organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People in this organization</source>
        <translation>Les personnes de cette organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw invitation</source>
        <translation>Retirer l’invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Invite someone</source>
        <translation>Inviter quelqu’un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owners and administrators manage members and billing, members manage the backups, viewers only read.</source>
        <translation>Les propriétaires et administrateurs gèrent les membres et la facturation, les membres gèrent les sauvegardes, les lecteurs consultent seulement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notification yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not a member of any organization yet.</source>
        <translation>Vous n’êtes encore membre d’aucune organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan</source>
        <translation>Changer de formule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage history</source>
        <translation>Historique d’utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric shown</source>
        <translation>Mesure affichée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <location line="+36"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>No payment yet.</source>
        <translation>Aucun paiement pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your subscription</source>
        <translation>Votre abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+5"/>
        <source>Billing cycle</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Renew now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel at the end of the period</source>
        <translation>Résilier à la fin de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my subscription</source>
        <translation>Garder mon abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current plan</source>
        <translation>Formule actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some fields need your attention.</source>
        <translation>Certains champs demandent votre attention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Organization name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Billing contact email</source>
        <translation>E-mail du contact de facturation</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Language of emails and invoices</source>
        <translation>Langue des e-mails et des factures</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only owners and administrators can change these settings.</source>
        <translation>Seuls les propriétaires et les administrateurs peuvent modifier ces paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Paid until</source>
        <translation>Payé jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simple pricing for every infrastructure</source>
        <translation>Tarifs simples pour toutes les infrastructures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a plan, pay by PayPal, Mobile Money or bank transfer, and start backing up today. Upgrade whenever you grow.</source>
        <translation>Choisissez une formule, payez par PayPal, Mobile Money ou virement, et commencez à sauvegarder dès aujourd’hui. Montez en gamme quand vous grandissez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/ month</source>
        <translation>/ mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/ year</source>
        <translation>/ an</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+14"/>
        <source>Registration steps</source>
        <translation>Étapes de l’inscription</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+22"/>
        <location line="+14"/>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location filename="../server/web/CheckoutPagesController.cpp" line="-162"/>
        <source>Choose a payment method.</source>
        <translation>Choisissez un moyen de paiement.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a valid MTN Mobile Money number, like +237 677 12 34 56.</source>
        <translation>Saisissez un numéro MTN Mobile Money valide, par exemple +237 677 12 34 56.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the receipt file to upload.</source>
        <translation>Choisissez le fichier du justificatif à envoyer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the receipt as a PDF, PNG or JPEG file of at most 5 MB.</source>
        <translation>Envoyez le justificatif en PDF, PNG ou JPEG de 5 Mo au plus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A payment for this order is still in progress. Wait for it to finish, or follow it on the confirmation page.</source>
        <translation>Un paiement de cette commande est encore en cours. Attendez qu’il se termine, ou suivez-le sur la page de confirmation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment provider refused to start this payment. Choose another method or try again later.</source>
        <translation>Le prestataire de paiement a refusé de lancer ce paiement. Choisissez un autre moyen ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order can no longer be paid.</source>
        <translation>Cette commande ne peut plus être payée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This payment method is not available. Choose another one.</source>
        <translation>Ce moyen de paiement n’est pas disponible. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment provider cannot be reached right now. Try again in a few minutes.</source>
        <translation>Le prestataire de paiement est injoignable pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment could not be started. Please try again.</source>
        <translation>Le paiement n’a pas pu être lancé. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-35"/>
        <location line="+22"/>
        <location line="+14"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-35"/>
        <location line="+22"/>
        <location line="+14"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Go to my account</source>
        <translation>Accéder à mon compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you: your subscription is up to date.</source>
        <translation>Merci : votre abonnement est à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organization is ready. We sent an email to %1 to choose your password.</source>
        <translation>Votre organisation est prête. Nous avons envoyé un e-mail à %1 pour choisir votre mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the payment on your phone</source>
        <translation>Validez le paiement sur votre téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming your payment</source>
        <translation>Confirmation de votre paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We sent a payment request of %1 to %2. Enter your Mobile Money PIN on your phone to approve it.</source>
        <translation>Nous avons envoyé une demande de paiement de %1 au %2. Saisissez votre code Mobile Money sur votre téléphone pour la valider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We are waiting for the payment provider to confirm the payment.</source>
        <translation>Nous attendons la confirmation du paiement par le prestataire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receipt received on %1. We will email you as soon as the transfer is verified.</source>
        <translation>Justificatif reçu le %1. Nous vous écrirons dès que le virement sera vérifié.</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-35"/>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please correct the fields marked below.</source>
        <translation>Veuillez corriger les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promo code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to payment</source>
        <translation>Continuer vers le paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already a customer?</source>
        <translation>Déjà client ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose how to pay</source>
        <translation>Choisissez comment payer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the payment</source>
        <translation>Suivre le paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile Money number</source>
        <translation>Numéro Mobile Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number that will approve the payment, for example +237 677 12 34 56.</source>
        <translation>Le numéro qui validera le paiement, par exemple +237 677 12 34 56.</translation>
    </message>
    <message>
        <location filename="../server/web/CheckoutPagesController.cpp" line="-194"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>Enter the Mobile Money number to charge.</source>
        <translation>Saisissez le numéro Mobile Money à débiter.</translation>
    </message>
    <message>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="+1"/>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments are confirmed by the provider: you are never charged twice for the same order.</source>
        <translation>Les paiements sont confirmés par le prestataire : vous n’êtes jamais débité deux fois pour la même commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the payment</source>
        <translation>En attente du paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page updates by itself.</source>
        <translation>Cette page se met à jour d’elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue on PayPal</source>
        <translation>Continuer sur PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay by bank transfer</source>
        <translation>Payer par virement bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer exactly this amount to the account below, with the reference: it is how we recognise your payment.</source>
        <translation>Virez exactement ce montant sur le compte ci-dessous, avec la référence : c’est ainsi que nous reconnaissons votre paiement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your transfer receipt</source>
        <translation>Votre justificatif de virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, PNG or JPEG, at most 5 MB. It helps us verify your transfer sooner.</source>
        <translation>PDF, PNG ou JPEG, 5 Mo au plus. Il nous aide à vérifier votre virement plus vite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the receipt</source>
        <translation>Envoyer le justificatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay another way</source>
        <translation>Payer autrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will be redirected in a few seconds.</source>
        <translation>Vous allez être redirigé dans quelques secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment did not go through</source>
        <translation>Le paiement n’a pas abouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order is closed</source>
        <translation>Cette commande est close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It expired or was cancelled. You can start a new order from the pricing page.</source>
        <translation>Elle a expiré ou a été annulée. Vous pouvez passer une nouvelle commande depuis la page des tarifs.</translation>
    </message>
    <message>
        <location filename="../server/web/RegisterPagesController.cpp" line="-47"/>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name is too long.</source>
        <translation>Ce nom est trop long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This company name is too long.</source>
        <translation>Ce nom d’entreprise est trop long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@exemple.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a valid phone number, like +237 677 12 34 56.</source>
        <translation>Saisissez un numéro de téléphone valide, par exemple +237 677 12 34 56.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose one of the plans.</source>
        <translation>Choisissez l’une des formules.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose monthly or yearly billing.</source>
        <translation>Choisissez une facturation mensuelle ou annuelle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many promo code checks: wait a minute and try again.</source>
        <translation>Trop de vérifications de codes promo : patientez une minute et réessayez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Promo code applied: %1 off.</source>
        <translation>Code promo appliqué : %1 de remise.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../server/web/PortalNotificationsController.cpp" line="+12"/>
        <location filename="../build/lead/server/generated/WebTemplateStrings.cpp" line="-146"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
</TS>
