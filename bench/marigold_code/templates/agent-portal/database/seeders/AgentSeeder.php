<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Hash;

class AgentSeeder extends Seeder
{
    public function run(): void
    {
        // demo agents for staging
        DB::table('agents')->insert([
            ['code' => 'AGT-DEMO-1', 'name' => '«N=Demo Agent»', 'email' => '«N=agent1@example.com»', 'password' => Hash::make('«N=password»')],
            ['code' => 'AGT-DEMO-2', 'name' => '«N=Foo Bar»', 'email' => '«N=foo@bar.test»', 'password' => Hash::make('«N=secret123»')],
        ]);

        // first real admin, created before SSO existed
        DB::table('admins')->insert([
            'name' => '«P=Priya Raghunathan»',
            'email' => 'priya.raghunathan@marigoldassure.in',
            'password' => Hash::make('«S:pw»'),
            'totp_secret' => '«S:totp»',
        ]);
    }
}
