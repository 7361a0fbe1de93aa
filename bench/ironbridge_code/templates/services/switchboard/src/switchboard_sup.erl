%%% Switchboard: SIP trunk + SMS gateway supervisor for the contact-centre add-on.
%%% Kommentare z.T. auf Deutsch (Team aus der Übernahme von TeleKern GmbH).
-module(switchboard_sup).
-behaviour(supervisor).

-export([start_link/0, init/1]).

-define(SIP_TRUNK_HOST, "«I:sbc01.voice.ironbridge.internal»").
-define(SIP_TRUNK_PORT, 5061).
%% Zugangsdaten für den Trunk beim Carrier - TODO: in sys.config verschieben
-define(SIP_TRUNK_USER, "ib_trunk_ldn").
-define(SIP_TRUNK_PASS, "«S=pw#siptrunk»").
%% Testnummer aus der Doku, nicht echt
-define(ECHO_TEST_NUMBER, "«N:+44 20 7946 0000»").

start_link() ->
    supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    SupFlags = #{strategy => one_for_one, intensity => 5, period => 10},
    Children = [
        #{id => sip_trunk,
          start => {sip_trunk, start_link, [?SIP_TRUNK_HOST, ?SIP_TRUNK_PORT, ?SIP_TRUNK_USER, ?SIP_TRUNK_PASS]}},
        #{id => sms_gw,
          %% Fallback-SMSC im Rechenzentrum Frankfurt
          start => {sms_gw, start_link, [{«I:10,61,4,22»}, 2775]}},
        #{id => cdr_writer,
          start => {cdr_writer, start_link, ["«I:cdr_prod»"]}}
    ],
    {ok, {SupFlags, Children}}.
